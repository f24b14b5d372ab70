package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What the status-report pages show: read-only views built by the use-case services. */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * The course as a report page shows it; {@code clientName} is the first name only on the mentor's pages.
     * {@code endedOn}: the day an ended course ended (C12), null otherwise.
     */
    public record CourseHeader(long id, String clientName, String mentorName, String responsibleName,
                               LocalDate startDate, BigDecimal agreedHours, boolean active, LocalDate endedOn) {

        public boolean ended() {
            return endedOn != null;
        }
    }

    /** An action-plan goal the report follows up (S2). */
    public record GoalLine(int position, String needArea, String description) {

        public String needAreaKey() {
            return "needArea." + needArea;
        }
    }

    public record ReportRow(StatusReport report, HoursCheck hours) {
    }

    /** The course's report page: what is missing, and every report with its hours check. */
    public record CourseReports(CourseHeader course, List<ReportDuty.Item> open, List<ReportRow> reports,
                                boolean canLog, boolean canAcknowledge, int graceDays) {
    }

    /** One report with its sign-off facts. */
    public record ReportView(CourseHeader course, StatusReport report, HoursCheck hours, boolean canAcknowledge,
                             int hoursGapPercent) {
    }

    /** What a report form needs: the goals, the months a report may be written for, the quarterly duty. */
    public record FormContext(CourseHeader course, List<GoalLine> goals, List<YearMonth> months,
                              Optional<ReportDuty.Item> quarterly) {
    }

    /** The mentor's page of one course: the minimum about the client, the goals, what is due, the reports. */
    public record MineCourse(CourseHeader course, List<GoalLine> goals, List<ReportDuty.Item> open,
                             List<StatusReport> reports) {
    }

    /** The mentor's report, for editing (draft) or reading (submitted). */
    public record MineReport(FormContext context, StatusReport report) {
    }

    /**
     * What the mentor sees after submitting a report: the report's period and what happens next. The
     * responsible person reads and signs it off; a duty to notify (S4) is shown to them at once.
     * {@code courseOpen}: the course still takes reports (false once an ended course owes nothing more).
     */
    public record Receipt(CourseHeader course, long reportId, ReportKind kind, LocalDate periodStart,
                          LocalDate periodEnd, java.time.Instant submittedAt, boolean dutyToNotify, boolean courseOpen) {
    }

    /** How many reports of a course are missing, and how many of them overdue; {@code ended}: the course has ended. */
    public record Missing(int total, int overdue, boolean ended) {
    }

    /** A missing report of a course on a start page. */
    public record DutyLine(long courseId, String clientName, String responsibleName, ReportDuty.Item item) {
    }

    /** A report awaiting acknowledgement on a start page (duty-to-notify first, S4). */
    public record AwaitingLine(long reportId, long courseId, String clientName, ReportKind kind,
                               LocalDate periodStart, ReportChannel channel, boolean dutyToNotify,
                               String responsibleName) {
    }

    /**
     * A course's overdue reports as one line (issue 16): how many months are missing, the oldest of
     * them (S1), and the quarterly report before the review if that is overdue too (S3).
     */
    public record OverdueCourse(long courseId, String clientName, String responsibleName, int missingMonths,
                                ReportDuty.Item oldestMonth, ReportDuty.Item quarterly) {
    }

    /** A page of the courses with overdue reports, most overdue first, and how many there are in all. */
    public record OverduePage(List<OverdueCourse> rows, int page, boolean hasNext, int total) {
    }

    /** The status-report panels of a start page (DOMAIN §7). */
    public record StartPanels(List<AwaitingLine> awaiting, List<OverdueCourse> overdue, List<DutyLine> due,
                              boolean mentorWithoutCourses, int coursesWithOverdue) {

        /** The reports with a duty to notify awaiting acknowledgement (S4): they come first among the awaiting ones. */
        public List<AwaitingLine> dutyToNotify() {
            return awaiting.stream().filter(AwaitingLine::dutyToNotify).toList();
        }
    }

    /** The input of a report form: the kind, the period (yyyy-MM for a month) and the template fields. */
    public record ReportInput(ReportKind kind, String period, ReportContent content) {
    }
}
