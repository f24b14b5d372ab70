package dk.kriminalforsorgen.mentorordning.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.Goal;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Ending a course (C12, §19) and its continuation across release and the end of supervision (C13, E6,
 * E8): a status change flags the course, the caseworker confirms the continuation or ends the course.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseEnding {

    private final CourseAccess access;
    private final ActionPlans plans;
    private final ClientService clients;
    private final CourseContinuationRepository continuations;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /** C12 (§19): ends the course with reason, date, who, and the outcome of each goal of the current plan. */
    public void end(long id, long version, MentorCourse.Ending ending) {
        MentorCourse course = requireOpen(id, version);
        List<Goal> goals = goals(id);
        course.end(complete(ending, goals), positions(goals), access.actor(), calendar.today(), calendar.now());
        access.save(course);
        audit.record("COURSE_ENDED", CourseAccess.SUBJECT, id, "reason=" + ending.reason() + " on=" + ending.endedOn());
    }

    /**
     * The ending as it would be recorded, for the "check your answers" page before {@link #end}: the same
     * checks, nothing saved; refused with every reason exactly as the ending would be.
     */
    public MentorCourse.Ending review(long id, long version, MentorCourse.Ending ending) {
        MentorCourse course = requireOpen(id, version);
        List<Goal> goals = goals(id);
        MentorCourse.Ending complete = complete(ending, goals);
        Refusal.throwIfAny(course.checkEnd(complete, positions(goals), calendar.today()));
        return complete;
    }

    private MentorCourse requireOpen(long id, long version) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (course.isEnded()) {
            throw Refusal.general(Check.STATE, "course.alreadyEnded");
        }
        return course;
    }

    private List<Goal> goals(long id) {
        return plans.find(id).map(p -> p.current().getGoals()).orElse(List.of());
    }

    private static List<Integer> positions(List<Goal> goals) {
        return goals.stream().map(Goal::getPosition).toList();
    }

    /** The ending with each goal's need area and text next to the outcome given for its position. */
    private static MentorCourse.Ending complete(MentorCourse.Ending ending, List<Goal> goals) {
        List<CourseGoalOutcome> outcomes = new ArrayList<>();
        for (Goal goal : goals) {
            ending.outcomes().stream().filter(o -> o.getPosition() == goal.getPosition()).findFirst()
                    .ifPresent(o -> outcomes.add(new CourseGoalOutcome(goal.getPosition(), goal.getNeedArea(),
                            goal.getDescription(), o.getOutcome())));
        }
        return new MentorCourse.Ending(ending.reason(), ending.endedOn(), ending.note(), outcomes);
    }

    /**
     * C13: after release (E6) or the end of supervision (E8) the caseworker confirms that the course
     * continues. E6: the released client is under supervision or voluntary supervision (§3 stk. 2, §4);
     * E8: the client accepted voluntary supervision and E1-E3 still hold (§4 stk. 2). Otherwise the
     * course must be ended (C12).
     */
    public void confirmContinuation(long id, long version, String note) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        ContinuationKind kind = course.getContinuationToConfirm();
        if (kind == null || !course.isActive()) {
            throw Refusal.general(Check.STATE, "course.continuation.nothingToConfirm");
        }
        if (note == null || note.isBlank()) {
            // C13: the continuation is a decision of the area, recorded with its reason, never silent
            throw Refusal.onField(Rule.C13, "note", "course.continuation.noteRequired");
        }
        Client client = clients.requireVisible(course.getClientId());
        CustodyStatus status = client.getCustodyStatus();
        if (kind == ContinuationKind.RELEASE && status != CustodyStatus.UNDER_SUPERVISION
                && status != CustodyStatus.VOLUNTARY_SUPERVISION) {
            throw Refusal.general(Rule.E6, "course.continuation.E6.noSupervision");
        }
        if (kind == ContinuationKind.SUPERVISION_ENDED) {
            EligibilityResult eligibility = clients.eligibilityOn(client, calendar.today());
            boolean personal = eligibility.outcome(Rule.E1).met() && eligibility.outcome(Rule.E2).met()
                    && eligibility.outcome(Rule.E3).met();
            if (status != CustodyStatus.VOLUNTARY_SUPERVISION || !personal) {
                throw Refusal.general(Rule.E8, "course.continuation.E8.notMet");
            }
        }
        course.confirmContinuation(calendar.now());
        access.save(course);
        continuations.save(new CourseContinuation(id, kind, calendar.today(), note.strip(), access.actor(),
                calendar.now()));
        audit.record("COURSE_CONTINUATION_CONFIRMED", CourseAccess.SUBJECT, id, kind + " (" + kind.rule().id() + ")");
    }

    /**
     * C13: the client's status changed; the client's active courses are flagged for confirmation, never
     * ended. Called by the listener of the client module's event, not by a user, so no area check.
     * Returns how many were flagged.
     */
    public int flagContinuation(long clientId, ContinuationKind kind, LocalDate on) {
        int flagged = 0;
        for (MentorCourse course : access.activeCoursesOf(clientId)) {
            if (course.flagContinuation(kind, on, calendar.now())) {
                audit.record("COURSE_CONTINUATION_TO_CONFIRM", CourseAccess.SUBJECT, course.getId(),
                        kind + " (" + kind.rule().id() + ")");
                flagged++;
            }
        }
        return flagged;
    }
}
