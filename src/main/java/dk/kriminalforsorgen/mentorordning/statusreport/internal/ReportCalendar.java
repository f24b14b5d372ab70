package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.Goal;
import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportProperties;

/**
 * The facts the reporting duty (S1, S3) and the template (S2) need about a course: today, its
 * meetings, the goals of its current action plan, and the configured grace period. Runs in the
 * caller's transaction (the action plans require one).
 */
@Component
class ReportCalendar {

    private final ReportQueries queries;
    private final ActionPlans plans;
    private final MeetingSchedule schedule;
    private final ReportProperties properties;
    private final Clock clock;

    ReportCalendar(ReportQueries queries, ActionPlans plans, CourseProperties courseProperties,
                   ReportProperties properties, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.schedule = new MeetingSchedule(courseProperties.reviewInterval(), courseProperties.kickOffWithin());
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return Instant.now(clock);
    }

    ReportProperties properties() {
        return properties;
    }

    /** C8: how long after the latest meeting the next review (and the quarterly report, S3) is due. */
    java.time.Period reviewInterval() {
        return schedule.reviewInterval();
    }

    /**
     * The duty facts of one course; the quarterly report (S3) is due once the kick-off is held. An ended
     * course has no duty after its end date.
     */
    ReportDuty.Course duty(ReportQueries.CourseFacts facts) {
        ReportQueries.MeetingDates meetings = queries.meetingDates(facts.id());
        return course(facts.startDate(), facts.active() ? null : facts.endedOn(), meetings.kickOff(), meetings.latest());
    }

    /** The duty facts of a course read for a start page or the mentor's list (active, or ended and still owing). */
    ReportDuty.Course duty(ReportQueries.DutyRow row) {
        return course(row.start(), row.endedOn(), row.kickOff(), row.latestMeeting());
    }

    /**
     * S1 for an ended course: the months of its active period, up to and including the month it ended,
     * that still have no submitted report. They stay due until delivered (the reports are part of the fee
     * basis, §14 stk. 2); no month after the end is owed. Empty for an active course.
     */
    List<java.time.YearMonth> owedAfterEnd(ReportQueries.CourseFacts facts, List<ReportDuty.Existing> reports) {
        if (!facts.ended()) {
            return List.of();
        }
        return open(duty(facts), reports).stream().filter(i -> i.kind() == ReportKind.MONTHLY)
                .map(ReportDuty.Item::month).sorted().toList();
    }

    private ReportDuty.Course course(LocalDate start, LocalDate ended, LocalDate kickOff, LocalDate latestMeeting) {
        boolean kickOffHeld = kickOff != null && latestMeeting != null;
        return new ReportDuty.Course(start, ended, kickOffHeld ? latestMeeting : null,
                kickOffHeld ? schedule.nextReviewDue(latestMeeting) : null);
    }

    /** Every missing report of the course today (S1, S3). */
    List<ReportDuty.Item> open(ReportDuty.Course course, List<ReportDuty.Existing> reports) {
        return ReportDuty.open(course, today(), properties.graceDays(), reports);
    }

    /** S2: the goals of the course's current action plan, in their order. */
    List<ReportViews.GoalLine> goals(long courseId) {
        return plans.find(courseId)
                .map(view -> view.current().getGoals().stream()
                        .sorted(Comparator.comparingInt(Goal::getPosition))
                        .map(g -> new ReportViews.GoalLine(g.getPosition(), g.getNeedArea().name(), g.getDescription()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * What a report form needs: the goals, the months a report may be written for (S1) and the quarterly
     * duty (S3). For an ended course only the months it still owes, and no quarterly report.
     */
    ReportViews.FormContext formContext(ReportQueries.CourseFacts facts, boolean mentor,
                                        List<ReportDuty.Existing> reports) {
        ReportDuty.Course course = duty(facts);
        List<java.time.YearMonth> months = facts.ended() ? owedAfterEnd(facts, reports)
                : ReportDuty.reportableMonths(course, today());
        return new ReportViews.FormContext(header(facts, mentor), goals(facts.id()), months, ReportDuty.quarterly(course));
    }

    /** The course's header; a mentor sees the client's first name only (DOMAIN §1). */
    static ReportViews.CourseHeader header(ReportQueries.CourseFacts facts, boolean mentor) {
        return new ReportViews.CourseHeader(facts.id(), mentor ? facts.clientFirstName() : facts.clientFullName(),
                facts.mentorName(), facts.responsibleName(), facts.startDate(), facts.agreedHours(), facts.active(),
                facts.ended() ? facts.endedOn() : null);
    }

    static List<ReportDuty.Existing> existing(List<StatusReport> all) {
        return all.stream().map(r -> new ReportDuty.Existing(r.getKind(), r.getPeriodStart(), r.getStatus())).toList();
    }
}
