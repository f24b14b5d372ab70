package dk.kriminalforsorgen.mentorordning.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan.Slot;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Meetings planned ahead (issue 12), by course id in the caller's transaction: the course feature has checked that the
 * course is active, of the user's area (C1, AZ2), and audits (AU1). Planning changes nothing in the C5/C8 schedule,
 * which runs from the meetings held ({@link Meetings}); recording a plan as held points it to the meeting written.
 * {@link #invite} publishes the invitation ({@link MeetingInvitationIssued}) to the participants with an address.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingPlans {

    private final MeetingPlanRepository plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MeetingPlan plan(long courseId, MeetingKind kind, Slot slot, List<PlanParticipant> participants, Long byId,
                            String byName) {
        List<RuleViolation> violations = new ArrayList<>();
        checkSlot(slot, violations);
        if (plans.findByCourseIdAndStatus(courseId, PlanStatus.PLANNED).isPresent()) {
            violations.add(RuleViolation.general(Check.STATE, "meeting.plan.alreadyOpen"));
        }
        Refusal.throwIfAny(violations);
        return plans.saveAndFlush(new MeetingPlan(courseId, kind, slot, participants, byId, byName, now()));
    }

    public MeetingPlan move(long courseId, long planId, long version, Slot slot, String reason) {
        MeetingPlan plan = requireCurrent(courseId, planId, version);
        List<RuleViolation> violations = new ArrayList<>();
        checkSlot(slot, violations);
        Refusal.throwIfAny(violations);
        plan.move(slot, reason, now());
        return plans.saveAndFlush(plan);
    }

    public MeetingPlan cancel(long courseId, long planId, long version, String reason) {
        MeetingPlan plan = requireCurrent(courseId, planId, version);
        plan.cancel(reason, now());
        return plans.saveAndFlush(plan);
    }

    /** The plan was held: {@code meetingId} is the meeting recorded (C5/C8 run from it). */
    public MeetingPlan held(long courseId, long planId, long version, long meetingId, List<Boolean> attendance) {
        MeetingPlan plan = requireCurrent(courseId, planId, version);
        plan.held(meetingId, attendance, now());
        return plans.saveAndFlush(plan);
    }

    /** The plan was not held (moved without a new date, missed): the reason; the schedule is unchanged. */
    public MeetingPlan missed(long courseId, long planId, long version, String reason, List<Boolean> attendance) {
        MeetingPlan plan = requireCurrent(courseId, planId, version);
        if (plan.getMeetingDate().isAfter(LocalDate.now(clock))) {
            throw Refusal.general(Check.STATE, "meeting.plan.outcome.notYet");
        }
        plan.missed(reason, attendance, now());
        return plans.saveAndFlush(plan);
    }

    /** A plan of the course; another course's plan id answers 404. */
    public MeetingPlan require(long courseId, long planId) {
        return plans.findByIdAndCourseId(planId, courseId)
                .orElseThrow(() -> new NotFoundException("meeting plan " + planId));
    }

    /** The course's plans, latest first, at most {@code limit}. */
    public List<MeetingPlan> of(long courseId, int limit) {
        return plans.findByCourseIdOrderByMeetingDateDescStartTimeDescIdDesc(courseId, PageRequest.of(0, limit));
    }

    public Optional<MeetingPlan> open(long courseId) {
        return plans.findByCourseIdAndStatus(courseId, PlanStatus.PLANNED);
    }

    /** The open plans of the courses between two days, earliest first, at most {@code limit}. */
    public List<MeetingPlan> plannedIn(Collection<Long> courseIds, LocalDate from, LocalDate to, int limit) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return plans.findByCourseIdInAndStatusAndMeetingDateBetweenOrderByMeetingDateAscStartTimeAsc(courseIds,
                PlanStatus.PLANNED, from, to, PageRequest.of(0, limit));
    }

    /**
     * Publishes the plan's invitation as it stands now (REQUEST, or CANCEL when cancelled) to every participant with
     * an e-mail address. Returns the number of addresses; none, nothing is published.
     */
    public int invite(MeetingPlan plan, CalendarFiles.Texts texts, String subject, String mailText, String organizer) {
        List<CalendarFiles.Invitee> invitees = plan.getParticipants().stream().filter(PlanParticipant::hasEmail)
                .map(p -> new CalendarFiles.Invitee(p.getName(), p.getEmail())).distinct().toList();
        if (invitees.isEmpty()) {
            return 0;
        }
        String calendar = CalendarFiles.invitation(plan, texts, organizer, invitees, now());
        String method = plan.getStatus() == PlanStatus.CANCELLED ? "CANCEL" : "REQUEST";
        events.publishEvent(new MeetingInvitationIssued(plan.getId(), plan.getCourseId(), method, plan.getSequence(),
                subject, mailText, calendar, invitees.stream().map(CalendarFiles.Invitee::address).distinct().toList()));
        return invitees.size();
    }

    private MeetingPlan requireCurrent(long courseId, long planId, long version) {
        MeetingPlan plan = require(courseId, planId);
        StaleEditException.requireVersion(version, plan.getVersion(), "meeting plan " + planId);
        return plan;
    }

    private void checkSlot(Slot slot, List<RuleViolation> violations) {
        if (slot.day() != null && slot.day().isBefore(LocalDate.now(clock))) {
            violations.add(RuleViolation.onField(Check.INPUT, "day", "meeting.plan.day.past"));
        }
        if (slot.start() != null && slot.end() != null && !slot.end().isAfter(slot.start())) {
            violations.add(RuleViolation.onField(Check.INPUT, "end", "meeting.plan.end.beforeStart"));
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
