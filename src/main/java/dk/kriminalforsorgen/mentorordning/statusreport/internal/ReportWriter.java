package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.statusreport.DutyToNotifyRaised;

/**
 * Writes reports for the mentor's and the caseworker's use cases, in the caller's transaction with
 * the audit row: checks the period (S1, S3) and the template (S2, S4), takes the goal texts from the
 * current action plan, saves, submits, and publishes {@link DutyToNotifyRaised} when a submitted
 * report raises the duty to notify (S4).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportWriter {

    /** A report's period: a month (S1) or the time since the latest meeting (S3). */
    record Period(LocalDate start, LocalDate end) {
    }

    /** The month in a refusal's text, "april 2026" (the page formats its own dates). */

    private final StatusReportRepository reports;
    private final ReportQueries queries;
    private final ReportCalendar calendar;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The mentor's new report: checked (a draft may be incomplete, S2) and saved as a draft. */
    StatusReport draft(ReportQueries.CourseFacts facts, ReportViews.ReportInput input, boolean complete,
                       StatusReport.By by, List<RuleViolation> earlier) {
        Checked checked = check(facts, input, complete, earlier);
        return save(StatusReport.draft(facts.id(), input.kind(), checked.period().start(), checked.period().end(),
                queries.currentTemplateVersion(), checked.content(), by, now()));
    }

    /** §17 stk. 1: a telephone report, submitted at once (and acknowledged when the responsible person logs it). */
    StatusReport telephone(ReportQueries.CourseFacts facts, ReportViews.ReportInput input, LocalDate receivedOn,
                           StatusReport.By by, List<RuleViolation> earlier) {
        Checked checked = check(facts, input, true, earlier);
        boolean responsible = Objects.equals(facts.responsibleUserId(), by.userId());
        StatusReport report = save(StatusReport.telephone(facts.id(), input.kind(), checked.period().start(),
                checked.period().end(), queries.currentTemplateVersion(), checked.content(), receivedOn, responsible,
                by, now()));
        raiseDutyToNotify(facts, report);
        return report;
    }

    /** A new report's period and content (with the plan's goal texts), checked. */
    private record Checked(Period period, ReportContent content) {
    }

    /** Refuses the new report with every violation, the caller's earlier ones first, else gives it checked. */
    private Checked check(ReportQueries.CourseFacts facts, ReportViews.ReportInput input, boolean complete,
                          List<RuleViolation> earlier) {
        List<RuleViolation> violations = new ArrayList<>(earlier);
        Period period = period(facts, input, violations);
        ReportContent content = withGoalTexts(facts.id(), input.content());
        violations.addAll(content.check(input.kind(), complete));
        Refusal.throwIfAny(violations);
        return new Checked(period, content);
    }

    /** The mentor changes their draft (S2: the goal texts come from the plan again). */
    void update(ReportQueries.CourseFacts facts, StatusReport report, ReportContent input, boolean complete) {
        ReportContent content = withGoalTexts(facts.id(), input);
        Refusal.throwIfAny(content.check(report.getKind(), complete));
        report.update(content, now());
        reports.saveAndFlush(report); // the content is written while still a draft (the trigger guards submitted ones)
    }

    /** S2: the draft is submitted; S4: a raised duty to notify is published at once. */
    void submit(ReportQueries.CourseFacts facts, StatusReport report, StatusReport.By by) {
        report.submit(by, now());
        reports.saveAndFlush(report);
        audit.record("REPORT_SUBMITTED", ReportCourses.SUBJECT, report.getId(), "course=" + report.getCourseId());
        raiseDutyToNotify(facts, report);
    }

    /**
     * S4 (§8 stk. 2): the flag is on the responsible person's and the coordinator's start pages from
     * now on; the event lets other modules (notifications) react, recorded in the same transaction.
     */
    private void raiseDutyToNotify(ReportQueries.CourseFacts facts, StatusReport report) {
        if (report.isDutyToNotify() && !report.isDraft()) {
            audit.record("DUTY_TO_NOTIFY_RAISED", ReportCourses.SUBJECT, report.getId(),
                    "S4 (§8 stk. 2) course=" + report.getCourseId());
            events.publishEvent(new DutyToNotifyRaised(facts.id(), report.getId(), facts.areaId(),
                    facts.responsibleUserId()));
        }
    }

    /**
     * S1: a monthly report is for a month of the course (from its start month to the current month, or
     * to the month it ended: an ended course still takes the months it owes, never a month after its end);
     * S3: the quarterly report covers the time since the latest meeting (the kick-off must be held, and
     * an ended course has no next review). One report per course, kind and period.
     */
    private Period period(ReportQueries.CourseFacts facts, ReportViews.ReportInput input,
                          List<RuleViolation> violations) {
        if (input.kind() == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "kind", "report.kind.required"));
            return null;
        }
        ReportDuty.Course course = calendar.duty(facts);
        Period period;
        if (input.kind() == ReportKind.MONTHLY) {
            YearMonth month = parseMonth(input.period());
            if (month == null) {
                violations.add(RuleViolation.onField(Rule.S2, "period", "report.period.required"));
                return null;
            }
            if (facts.ended() && month.isAfter(YearMonth.from(facts.endedOn()))) {
                violations.add(RuleViolation.onField(Rule.S1, "period", "report.period.afterEnd",
                        DanishFormat.month(month), DanishFormat.date(facts.endedOn())));
                return null;
            }
            if (!ReportDuty.reportableMonths(course, calendar.today()).contains(month)) {
                violations.add(RuleViolation.onField(Rule.S1, "period", "report.period.outsideCourse",
                        DanishFormat.month(month),
                        DanishFormat.date(facts.startDate())));
                return null;
            }
            period = new Period(month.atDay(1), month.atEndOfMonth());
        } else {
            Optional<ReportDuty.Item> quarterly = ReportDuty.quarterly(course);
            if (quarterly.isEmpty()) {
                violations.add(RuleViolation.onField(Rule.S3, "kind", facts.ended() ? "report.quarterly.courseEnded"
                        : "report.quarterly.noMeeting"));
                return null;
            }
            period = new Period(quarterly.get().periodStart(), quarterly.get().periodEnd());
        }
        if (reports.existsByCourseIdAndKindAndPeriodStart(facts.id(), input.kind(), period.start())) {
            violations.add(duplicate(input.kind()));
        }
        return period;
    }

    /** One report per course, kind and period: S1 for a month, S3 for a quarter. */
    private static RuleViolation duplicate(ReportKind kind) {
        return RuleViolation.onField(kind == ReportKind.MONTHLY ? Rule.S1 : Rule.S3, "period",
                "report.period.duplicate");
    }

    private static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Unique (course, kind, period) also at the database: a parallel second report is refused the same way. */
    private StatusReport save(StatusReport report) {
        try {
            return reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            throw new Refusal(List.of(duplicate(report.getKind())));
        }
    }

    /** S2: the goal texts come from the current action plan, never from the form. */
    private ReportContent withGoalTexts(long courseId, ReportContent content) {
        List<ReportViews.GoalLine> goals = calendar.goals(courseId);
        List<GoalProgress> progress = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            ReportViews.GoalLine goal = goals.get(i);
            String text = i < content.goals().size() ? content.goals().get(i).getProgress() : null;
            progress.add(new GoalProgress(goal.position(), goal.needArea(), goal.description(), text));
        }
        List<TaskWork> tasks = new ArrayList<>();
        for (TaskGroup group : TaskGroup.values()) {
            String work = content.tasks().stream().filter(t -> t.getTaskGroup() == group).map(TaskWork::getWork)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            tasks.add(new TaskWork(group, work));
        }
        return new ReportContent(content.contactsCount(), content.contactsNote(), progress, tasks, content.hoursSpent(),
                content.concerns(), content.nextSteps(), content.dutyToNotify(), content.dutyToNotifyText());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
