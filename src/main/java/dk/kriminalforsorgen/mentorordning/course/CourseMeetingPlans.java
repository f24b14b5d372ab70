package dk.kriminalforsorgen.mentorordning.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.meeting.CalendarFiles;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingKind;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan.Slot;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlans;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.meeting.ParticipantRole;
import dk.kriminalforsorgen.mentorordning.meeting.PlanParticipant;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * Meetings planned ahead on an active course (issue 12): the kick-off (C5, §12) until it is held, then the next review
 * (C8, §13 stk. 3). Plan, move and cancel send the participants with an e-mail address an iCalendar invitation
 * (updated, cancelled); afterwards the plan is recorded as held (the meeting is written through {@link CourseMeetings},
 * so C5/C8 run from it, as before) or as not held with the reason. Decisions of the course's own area (C1), audited
 * (AU1). The invitation names the client by first name only: no CPR, no record details.
 */
@Service
@Transactional
public class CourseMeetingPlans {

    /** How many of a course's plans its page lists (latest first). */
    public static final int SHOWN = 10;

    private final CourseAccess access;
    private final MeetingPlans plans;
    private final Meetings meetings;
    private final CourseMeetings courseMeetings;
    private final CourseQueries queries;
    private final MentorRegistry mentors;
    private final ActionPlans actionPlans;
    private final AuditService audit;
    private final MessageSource messages;
    private final String baseUrl;
    private final String organizer;

    CourseMeetingPlans(CourseAccess access, MeetingPlans plans, Meetings meetings, CourseMeetings courseMeetings,
                       CourseQueries queries, MentorRegistry mentors, ActionPlans actionPlans, AuditService audit,
                       MessageSource messages, @Value("${mentorordning.notification.base-url}") String baseUrl,
                       @Value("${mentorordning.notification.from}") String organizer) {
        this.access = access;
        this.plans = plans;
        this.meetings = meetings;
        this.courseMeetings = courseMeetings;
        this.queries = queries;
        this.mentors = mentors;
        this.actionPlans = actionPlans;
        this.audit = audit;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.organizer = organizer;
    }

    /** Another participant than the course's own people, e.g. the municipality's contact: a name, an optional address. */
    public record Other(String name, String email) {
    }

    /** What the planner chose: when and where, which of the course's people take part, and others. */
    public record PlanInput(Slot slot, boolean client, boolean mentor, boolean responsible, List<Other> others) {
    }

    /** After the meeting: held or not, who attended (per participant, in order), what was agreed, or why not held. */
    public record Outcome(boolean held, List<Boolean> attendance, String agreements, String reason) {
    }

    /** A plan with the names to show: the client's name is read from the client record, never stored in the plan. */
    public record PlanRow(MeetingPlan plan, List<String> participantNames) {
    }

    public List<PlanRow> of(long courseId) {
        MentorCourse course = access.loadVisible(courseId);
        String clientName = clientName(course);
        return plans.of(courseId, SHOWN).stream().map(plan -> new PlanRow(plan, names(plan, clientName))).toList();
    }

    public PlanRow plan(long courseId, long planId) {
        MentorCourse course = access.requireDeciding(courseId);
        MeetingPlan plan = plans.require(courseId, planId);
        return new PlanRow(plan, names(plan, clientName(course)));
    }

    /** The kind the next plan has: the kick-off until it is held (C5), then a review (C8). */
    /**
     * Issue 17: the municipality's contact person of the current action plan, offered as a participant of a new
     * meeting; only while the client's consent to sharing stands (ActionPlans gives it only then).
     */
    @Transactional(readOnly = true)
    public Optional<Other> suggestedOther(long courseId) {
        access.loadVisible(courseId);
        return actionPlans.municipalContact(courseId).map(contact -> new Other(contact.name(), contact.email()));
    }

    public MeetingKind nextKind(long courseId) {
        return meetings.of(courseId).stream().anyMatch(m -> m.getKind() == MeetingKind.KICK_OFF)
                ? MeetingKind.REVIEW : MeetingKind.KICK_OFF;
    }

    public MeetingPlan plan(long courseId, PlanInput input) {
        MentorCourse course = access.requireActive(courseId);
        Actor by = access.actor();
        MeetingKind kind = nextKind(courseId);
        MeetingPlan plan = plans.plan(courseId, kind, input.slot(), participants(course, input), by.userId(), by.name());
        audit.record("MEETING_PLANNED", CourseAccess.SUBJECT, courseId,
                "plan " + plan.getId() + ", " + kind + " " + plan.getMeetingDate());
        invite(course, plan, "meeting.invite.subject.new");
        return plan;
    }

    public MeetingPlan move(long courseId, long planId, long version, Slot slot, String reason) {
        MentorCourse course = access.requireActive(courseId);
        MeetingPlan plan = plans.move(courseId, planId, version, slot, reason);
        audit.record("MEETING_PLAN_MOVED", CourseAccess.SUBJECT, courseId,
                "plan " + planId + " to " + plan.getMeetingDate() + ", sequence " + plan.getSequence());
        invite(course, plan, "meeting.invite.subject.moved");
        return plan;
    }

    public MeetingPlan cancel(long courseId, long planId, long version, String reason) {
        MentorCourse course = access.requireDeciding(courseId);
        MeetingPlan plan = plans.cancel(courseId, planId, version, reason);
        audit.record("MEETING_PLAN_CANCELLED", CourseAccess.SUBJECT, courseId,
                "plan " + planId + ", sequence " + plan.getSequence());
        invite(course, plan, "meeting.invite.subject.cancelled");
        return plan;
    }

    /**
     * Records how the planned meeting went. Held: the meeting is recorded on the planned day with the participants who
     * attended, as the kick-off (C5) or a review (C8), and C8's next review runs from it; not held: the reason, and the
     * schedule is unchanged.
     */
    public MeetingPlan recordOutcome(long courseId, long planId, long version, Outcome outcome) {
        MentorCourse course = access.requireActive(courseId);
        MeetingPlan plan = plans.require(courseId, planId);
        if (!outcome.held()) {
            MeetingPlan missed = plans.missed(courseId, planId, version, outcome.reason(), outcome.attendance());
            audit.record("MEETING_PLAN_NOT_HELD", CourseAccess.SUBJECT, courseId, "plan " + planId);
            return missed;
        }
        List<String> names = names(plan, clientName(course));
        List<String> present = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i < outcome.attendance().size() && Boolean.TRUE.equals(outcome.attendance().get(i))) {
                present.add(names.get(i));
            }
        }
        String attended = String.join(", ", present);
        Meetings.Held held = new Meetings.Held(plan.getMeetingDate(), attended, outcome.agreements());
        Meeting meeting = plan.getKind() == MeetingKind.KICK_OFF ? courseMeetings.kickOff(course, held)
                : courseMeetings.review(course, held, null, null);
        MeetingPlan done = plans.held(courseId, planId, version, meeting.getId(), outcome.attendance());
        audit.record("MEETING_PLAN_HELD", CourseAccess.SUBJECT, courseId, "plan " + planId + ", meeting " + meeting.getId());
        return done;
    }

    private List<PlanParticipant> participants(MentorCourse course, PlanInput input) {
        List<PlanParticipant> participants = new ArrayList<>();
        if (input.client()) {
            participants.add(new PlanParticipant(ParticipantRole.CLIENT, null, null));
        }
        if (input.mentor() && course.getMentorId() != null) {
            participants.add(new PlanParticipant(ParticipantRole.MENTOR,
                    queries.mentorName(course.getMentorId()).orElse(null),
                    mentors.invitationAddress(course.getMentorId()).orElse(null)));
        }
        if (input.responsible() && course.getResponsibleName() != null) {
            participants.add(new PlanParticipant(ParticipantRole.RESPONSIBLE, course.getResponsibleName(),
                    queries.staffEmail(course.getResponsibleUserId()).orElse(null)));
        }
        for (Other other : input.others()) {
            if (other.name() != null && !other.name().isBlank()) {
                participants.add(new PlanParticipant(ParticipantRole.OTHER, other.name().strip(), other.email()));
            }
        }
        return participants;
    }

    private void invite(MentorCourse course, MeetingPlan plan, String subjectKey) {
        String firstName = queries.clientFirstName(course.getClientId());
        String summary = text("meeting.invite.summary." + plan.getKind().name(), firstName);
        String url = baseUrl + "/forloeb/" + course.getId();
        String when = DanishFormat.dateAt(plan.getMeetingDate(), plan.getStartTime());
        String description = text("meeting.invite.description", plan.getPlace(), url);
        String mailText = text(subjectKey + ".text", summary, when, plan.getPlace(), url);
        int invited = plans.invite(plan, new CalendarFiles.Texts(summary, description, url),
                text(subjectKey, summary), mailText, organizer);
        if (invited > 0) {
            audit.record("MEETING_INVITATION_SENT", CourseAccess.SUBJECT, course.getId(),
                    "plan " + plan.getId() + ", sequence " + plan.getSequence() + ", " + invited + " addresses");
        }
    }

    /** The texts a calendar shows of a course: the kind and the client's first name (issue 12). */
    public String summary(MeetingKind kind, String clientFirstName) {
        return text("meeting.invite.summary." + kind.name(), clientFirstName);
    }

    private List<String> names(MeetingPlan plan, String clientName) {
        return plan.getParticipants().stream()
                .map(p -> p.getRole() == ParticipantRole.CLIENT ? clientName : p.getName()).toList();
    }

    private String clientName(MentorCourse course) {
        return queries.client(course.getClientId()).map(CourseQueries.ClientSummary::name).orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
