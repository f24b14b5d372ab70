package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
public class MentorReportService {

    private final ReportCourses courses;
    private final ReportCalendar calendar;
    private final ReportWriter writer;
    private final StatusReportRepository reports;
    private final ReportQueries queries;
    private final CurrentUsers currentUsers;
    private final AuditService audit;

    MentorReportService(ReportCourses courses, ReportCalendar calendar, ReportWriter writer,
                        StatusReportRepository reports, ReportQueries queries, CurrentUsers currentUsers,
                        AuditService audit) {
        this.courses = courses;
        this.calendar = calendar;
        this.writer = writer;
        this.reports = reports;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The mentor's active courses with what is due (the mentor's menu page), in one query. */
    public List<ReportViews.MineCourse> myCourses() {
        CurrentUser user = currentUsers.require();
        List<ReportViews.MineCourse> result = new ArrayList<>();
        for (ReportQueries.DutyRow row : queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id())) {
            ReportViews.CourseHeader header = new ReportViews.CourseHeader(row.courseId(), row.clientFirstName(), null,
                    row.responsibleName(), row.start(), null, true);
            result.add(new ReportViews.MineCourse(header, List.of(), calendar.open(calendar.duty(row), row.reports()),
                    List.of()));
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
        return calendar.formContext(courses.requireMine(courseId), true);
    }

    public ReportViews.MineReport myReport(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport report = courses.requireMyReport(facts, reportId);
        audit.record("REPORT_VIEWED", ReportCourses.SUBJECT, reportId, "course=" + courseId + " by the mentor");
        ReportCourses.loadContent(report);
        return new ReportViews.MineReport(calendar.formContext(facts, true), report);
    }

    /** The mentor starts a report (S2), saved as a draft or submitted at once. */
    public long createMine(long courseId, ReportViews.ReportInput input, boolean submit) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport.By by = ReportCourses.by(currentUsers.require());
        StatusReport report = writer.draft(facts, input, submit, by, List.of());
        audit.record("REPORT_CREATED", ReportCourses.SUBJECT, report.getId(), "course=" + courseId + " "
                + input.kind() + " " + report.getPeriodStart());
        if (submit) {
            writer.submit(facts, report, by);
        }
        return report.getId();
    }

    /** The mentor saves their draft (CI1: refused when it changed since the form was opened), and may submit it. */
    public void updateMine(long courseId, long reportId, long version, ReportContent input, boolean submit) {
        ReportQueries.CourseFacts facts = courses.requireMine(courseId);
        StatusReport report = courses.requireMyReport(facts, reportId);
        if (!report.isDraft()) {
            throw Refusal.general(Check.STATE, "report.readOnly");
        }
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        writer.update(facts, report, input, submit);
        audit.record("REPORT_UPDATED", ReportCourses.SUBJECT, reportId, "course=" + courseId);
        if (submit) {
            writer.submit(facts, report, ReportCourses.by(currentUsers.require()));
        }
    }
}
