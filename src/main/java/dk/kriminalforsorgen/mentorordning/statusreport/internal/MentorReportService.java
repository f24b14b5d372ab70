package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The mentor's own pages (/mine-forloeb, DOMAIN §1, §17): their ACTIVE courses with the client's first
 * name and nothing else about the client, the action-plan goals and the reports due; a report is
 * written as a draft and submitted (S2), read-only afterwards. Any other course or report answers 404,
 * audited. Each use case is one transaction with its audit row (AU1, AU2).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorReportService {

    private final ReportCourses courses;
    private final ReportCalendar calendar;
    private final ReportWriter writer;
    private final StatusReportRepository reports;
    private final ReportQueries queries;
    private final CurrentUsers currentUsers;
    private final AuditService audit;

    /**
     * The mentor's active courses, and their ended courses that still owe a month's report, with what is
     * due (the mentor's menu page), in one query.
     */
    public List<ReportViews.MineCourse> myCourses() {
        CurrentUser user = currentUsers.require();
        List<ReportViews.MineCourse> result = new ArrayList<>();
        for (ReportQueries.DutyRow row : queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id())) {
            List<ReportDuty.Item> open = calendar.open(calendar.duty(row), row.reports());
            if (row.endedOn() != null && open.isEmpty()) {
                continue;
            }
            ReportViews.CourseHeader header = new ReportViews.CourseHeader(row.courseId(), row.clientFirstName(), null,
                    row.responsibleName(), row.start(), null, row.endedOn() == null, row.endedOn());
            result.add(new ReportViews.MineCourse(header, List.of(), open, List.of()));
        }
        audit.record("COURSE_LIST_VIEWED", ReportCourses.COURSE_SUBJECT, null, "mentor's own courses=" + result.size());
        return result;
    }

    public ReportViews.MineCourse myCourse(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        audit.record("COURSE_VIEWED", ReportCourses.COURSE_SUBJECT, courseId, "mentor's own course");
        return new ReportViews.MineCourse(ReportCalendar.header(facts, true), calendar.goals(courseId),
                calendar.open(calendar.duty(facts), ReportCalendar.existing(all)), all);
    }

    public ReportViews.FormContext myForm(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        return calendar.formContext(facts, true, courses.existing(courseId));
    }

    public ReportViews.MineReport myReport(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport report = courses.requireMyReport(facts, reportId);
        audit.record("REPORT_VIEWED", ReportCourses.SUBJECT, reportId, "course=" + courseId + " by the mentor");
        ReportCourses.loadContent(report);
        return new ReportViews.MineReport(calendar.formContext(facts, true, courses.existing(courseId)), report);
    }

    /**
     * The mentor starts a report (S2), saved as a draft. {@code complete}: the mentor goes on to check it
     * before submitting, so the template's required fields must be filled (S2, S4).
     */
    public long createMine(long courseId, ReportViews.ReportInput input, boolean complete) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport.By by = ReportCourses.by(currentUsers.require());
        StatusReport report = writer.draft(facts, input, complete, by, List.of());
        audit.record("REPORT_CREATED", ReportCourses.SUBJECT, report.getId(), "course=" + courseId + " "
                + input.kind() + " " + report.getPeriodStart());
        return report.getId();
    }

    /**
     * The mentor saves their draft (CI1: refused when it changed since the form was opened); {@code complete}
     * as for {@link #createMine}.
     */
    public void updateMine(long courseId, long reportId, long version, ReportContent input, boolean complete) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport report = courses.requireMyReport(facts, reportId);
        if (!report.isDraft()) {
            throw Refusal.general(Check.STATE, "report.readOnly");
        }
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        writer.update(facts, report, input, complete);
        audit.record("REPORT_UPDATED", ReportCourses.SUBJECT, reportId, "course=" + courseId);
    }

    /**
     * Check your answers: the mentor's draft as it will be submitted, with what is still missing (S2, S4).
     * A submitted report is refused (it is read only).
     */
    public ReportViews.MineReport myCheck(long courseId, long reportId) {
        ReportViews.MineReport mine = myReport(courseId, reportId);
        if (!mine.report().isDraft()) {
            throw Refusal.general(Check.STATE, "report.readOnly");
        }
        return mine;
    }

    /**
     * S2: the mentor submits the draft they checked (an irreversible step); CI1: refused when the draft
     * changed since the check page was shown. S4: a raised duty to notify is published at once.
     */
    public void submitMine(long courseId, long reportId, long version) {
        // a second click finds the report submitted (read only), even when it settled an ended course
        StatusReport report = courses.requireMyReport(courses.requireMineForReceipt(courseId), reportId);
        if (!report.isDraft()) {
            throw Refusal.general(Check.STATE, "report.readOnly");
        }
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        writer.submit(facts, report, ReportCourses.by(currentUsers.require()));
    }

    /** The receipt of a submitted report: what happens next, and who reads it (also once the course is settled). */
    public ReportViews.Receipt receipt(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = courses.requireMineForReceipt(courseId);
        StatusReport report = courses.requireMyReport(facts, reportId);
        if (report.isDraft()) {
            throw Refusal.general(Check.STATE, "report.notSubmitted");
        }
        return new ReportViews.Receipt(ReportCalendar.header(facts, true), report.getId(), report.getKind(),
                report.getPeriodStart(), report.getPeriodEnd(), report.getSubmittedAt(), report.isDutyToNotify(),
                courses.takesReports(facts));
    }
}
