package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * A course's reports for its area's caseworkers and coordinators (and the directorate, read only):
 * what is missing (S1, S3), each report with reported against agreed hours, the telephone report
 * (§17 stk. 1) and the sign-off (DOMAIN §9). Each use case is one transaction with its audit row
 * (AU1, AU2); every course is reached through the area check (AZ2).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseReportService {

    public static final int MAX_NOTE = 2000;

    private final ReportCourses courses;
    private final ReportCalendar calendar;
    private final ReportWriter writer;
    private final StatusReportRepository reports;
    private final CurrentUsers currentUsers;
    private final AuditService audit;

    @Transactional(readOnly = true)
    public LocalDate today() {
        return calendar.today();
    }

    /**
     * The course's report page: the missing reports of an active course, or of an ended course the months
     * of its active period still owed (S1: they stay due until delivered), and every submitted report.
     */
    public ReportViews.CourseReports courseReports(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        List<ReportDuty.Item> open = facts.active() || facts.ended()
                ? calendar.open(calendar.duty(facts), ReportCalendar.existing(all)) : List.of();
        audit.record("REPORT_LIST_VIEWED", ReportCourses.COURSE_SUBJECT, courseId, "reports=" + all.size());
        return new ReportViews.CourseReports(ReportCalendar.header(facts, false), open,
                all.stream().map(r -> new ReportViews.ReportRow(r, hours(r, facts))).toList(), courses.canLog(facts),
                courses.canAcknowledge(facts), calendar.properties().graceDays());
    }

    /**
     * What the course's own page says about its reports: how many are missing and how many of those are
     * overdue (S1, S3), also for an ended course that still owes the months of its active period.
     * Counts only, read through the area check (AZ2); the report page itself is audited.
     */
    @Transactional(readOnly = true)
    public ReportViews.Missing missing(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        if (!facts.active() && !facts.ended()) {
            return new ReportViews.Missing(0, 0, false);
        }
        List<ReportDuty.Item> open = calendar.open(calendar.duty(facts), courses.existing(courseId));
        return new ReportViews.Missing(open.size(), (int) open.stream().filter(ReportDuty.Item::overdue).count(),
                facts.ended());
    }

    /**
     * The monthly reports still owed for the course's active period (S1, §17 stk. 1), also after it ended:
     * they are part of the fee basis (§14 stk. 2). For the confirmation page of the ending.
     */
    public List<ReportDuty.Item> owedMonthly(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        return calendar.open(calendar.duty(facts), ReportCalendar.existing(all)).stream()
                .filter(item -> item.kind() == ReportKind.MONTHLY).toList();
    }

    public ReportViews.ReportView report(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        StatusReport report = courses.requireSubmittedReport(facts, reportId);
        audit.record("REPORT_VIEWED", ReportCourses.SUBJECT, reportId, "course=" + courseId);
        ReportCourses.loadContent(report);
        return new ReportViews.ReportView(ReportCalendar.header(facts, false), report, hours(report, facts),
                courses.canAcknowledge(facts) && report.awaitsAcknowledgement(),
                calendar.properties().hoursGapPercent());
    }

    /** Issue 12: a submitted report for its PDF, with the course's area for the letterhead. */
    public record ReportDocument(ReportViews.ReportView view, Long areaId) {
    }

    /**
     * Issue 12: a submitted report as a PDF document: read through the area check (AZ2: another area's
     * course is a 404, as the page) and audited as a download in this transaction (AU1).
     */
    @Transactional
    public ReportDocument reportDocument(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        StatusReport report = courses.requireSubmittedReport(facts, reportId);
        audit.record("DOCUMENT_DOWNLOADED", ReportCourses.SUBJECT, reportId, "dokument=statusrapport, course=" + courseId);
        ReportCourses.loadContent(report);
        return new ReportDocument(new ReportViews.ReportView(ReportCalendar.header(facts, false), report,
                hours(report, facts), false, calendar.properties().hoursGapPercent()), facts.areaId());
    }

    /** The telephone-report form of a course (the course's area, while the course takes reports). */
    public ReportViews.FormContext telephoneForm(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireLogging(courseId);
        audit.record("COURSE_VIEWED", ReportCourses.COURSE_SUBJECT, courseId, "formular: telefonisk afrapportering");
        return calendar.formContext(facts, false, courses.existing(courseId));
    }

    /**
     * §17 stk. 1: a caseworker logs a report received by telephone, on the template's fields (S2).
     * It fulfils the month (S1) or the quarter (S3) like a written report.
     */
    public long logTelephone(long courseId, ReportViews.ReportInput input, LocalDate receivedOn) {
        ReportQueries.CourseFacts facts = courses.requireLogging(courseId);
        List<RuleViolation> violations = new ArrayList<>();
        if (receivedOn == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "receivedOn", "report.receivedOn.required"));
        } else if (receivedOn.isAfter(calendar.today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "receivedOn", "report.receivedOn.future"));
        }
        StatusReport report = writer.telephone(facts, input, receivedOn, ReportCourses.by(currentUsers.require()), violations);
        audit.record("REPORT_TELEPHONE_LOGGED", ReportCourses.SUBJECT, report.getId(), "course=" + courseId + " "
                + input.kind() + " " + report.getPeriodStart() + (report.awaitsAcknowledgement() ? "" : " acknowledged"));
        return report.getId();
    }

    /**
     * DOMAIN §9: the responsible person (or the area's coordinator) acknowledges a submitted report.
     * Anyone else is refused by the sign-off check; a report read in an older version is stale (CI1).
     */
    public void acknowledge(long courseId, long reportId, long version, String note) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        StatusReport report = courses.requireSubmittedReport(facts, reportId);
        if (!courses.canAcknowledge(facts)) {
            throw Refusal.general(Check.SIGN_OFF, "report.acknowledge.notResponsible");
        }
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        if (note != null && note.length() > MAX_NOTE) {
            throw Refusal.onField(Check.INPUT, "note", "report.text.tooLong", MAX_NOTE);
        }
        report.acknowledge(ReportCourses.by(currentUsers.require()), note, calendar.now());
        reports.saveAndFlush(report);
        audit.record("REPORT_ACKNOWLEDGED", ReportCourses.SUBJECT, reportId,
                "course=" + courseId + (report.isDutyToNotify() ? " duty to notify (S4)" : ""));
    }

    private HoursCheck hours(StatusReport report, ReportQueries.CourseFacts facts) {
        if (report.getKind() != ReportKind.MONTHLY) {
            return null;
        }
        return HoursCheck.of(report.getHoursSpent(), facts.agreedHours(), report.getPeriodStart(),
                report.getPeriodEnd(), facts.startDate(), calendar.properties().hoursGapPercent());
    }
}
