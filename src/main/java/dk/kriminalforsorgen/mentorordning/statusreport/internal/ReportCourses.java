package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.SecurityEventLog;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * Who reaches which course and report. Caseworkers, coordinators and the directorate reach a course
 * through the area check (AZ2); a mentor reaches only their own ACTIVE courses (DOMAIN §1). Any other
 * id answers 404, audited. Runs in the caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportCourses {

    static final String SUBJECT = "STATUS_REPORT";
    static final String COURSE_SUBJECT = "COURSE";

    private final ReportQueries queries;
    private final StatusReportRepository reports;
    private final ReportCalendar calendar;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final SecurityEventLog securityLog;

    /** AZ2: the course exists and is of the user's area (the directorate sees all); else 404, audited. */
    ReportQueries.CourseFacts requireVisible(long courseId) {
        ReportQueries.CourseFacts facts = queries.course(courseId)
                .orElseThrow(() -> new NotFoundException("course " + courseId));
        return access.requireVisible(facts, COURSE_SUBJECT, courseId);
    }

    /**
     * §17 stk. 1: telephone reports are logged by the course's own area (AZ2: another area gets 404)
     * while the course takes reports: while it is active, and after it ended for as long as a month of
     * its active period is owed (S1, §14 stk. 2). Otherwise a state check refuses.
     */
    ReportQueries.CourseFacts requireLogging(long courseId) {
        ReportQueries.CourseFacts facts = requireVisible(courseId);
        if (!ofUsersArea(facts)) {
            throw notFound(COURSE_SUBJECT, courseId, "telephone report outside the user's area");
        }
        if (!takesReports(facts)) {
            throw Refusal.general(Check.STATE, facts.ended() ? "report.telephone.nothingOwed"
                    : "report.telephone.courseNotActive");
        }
        return facts;
    }

    /**
     * A course takes reports while it is active, and once ended while a month of its active period
     * (up to and including the month it ended) has no submitted report: those stay due until delivered.
     */
    boolean takesReports(ReportQueries.CourseFacts facts) {
        return facts.active() || !calendar.owedAfterEnd(facts, existing(facts.id())).isEmpty();
    }

    /** The course's reports as the duty sees them (S1, S3). */
    List<ReportDuty.Existing> existing(long courseId) {
        return ReportCalendar.existing(reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId));
    }

    /** A submitted report of a visible course; a draft is the mentor's own until submitted (404). */
    StatusReport requireSubmittedReport(ReportQueries.CourseFacts facts, long reportId) {
        StatusReport report = reports.findById(reportId).filter(r -> r.getCourseId() == facts.id())
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        if (report.isDraft()) {
            throw notFound(SUBJECT, reportId, "draft");
        }
        return report;
    }

    /**
     * DOMAIN §1: a mentor sees only their own ACTIVE courses, and an ended one while it still owes a
     * month's report (they can report those months only); any other id answers 404 and is audited.
     */
    ReportQueries.CourseFacts requireMine(long courseId) {
        return requireMentorOf(courseId, true);
    }

    /**
     * The receipt of a report the mentor has just submitted: their own course in any state (the last owed
     * report of an ended course settles it, and the receipt must still be shown). Else 404, audited.
     */
    ReportQueries.CourseFacts requireMineForReceipt(long courseId) {
        return requireMentorOf(courseId, false);
    }

    private ReportQueries.CourseFacts requireMentorOf(long courseId, boolean takingReports) {
        long userId = currentUsers.require().id();
        // Issue 10: the mentor's course page asks for both in its view and its extras; read once per page.
        long mentorId = PageTransaction.Current.remembered(List.of("mentorOfUser", userId),
                () -> queries.mentorOfUser(userId)).orElse(-1L);
        return PageTransaction.Current.remembered(List.of("reportCourseFacts", courseId), () -> queries.course(courseId))
                .filter(f -> f.mentorId() != null && f.mentorId() == mentorId)
                .filter(f -> !takingReports || takesReports(f))
                .orElseThrow(() -> notFound(COURSE_SUBJECT, courseId, "not the mentor's active course"));
    }

    StatusReport requireMyReport(ReportQueries.CourseFacts facts, long reportId) {
        return reports.findById(reportId).filter(r -> r.getCourseId() == facts.id())
                .orElseThrow(() -> notFound(SUBJECT, reportId, "not a report of the mentor's course"));
    }

    /** A caseworker or coordinator of the course's area may log a telephone report while the course takes reports. */
    boolean canLog(ReportQueries.CourseFacts facts) {
        return ofUsersArea(facts) && takesReports(facts);
    }

    /** DOMAIN §9: the responsible person signs off; the area's coordinator may do it in their place. */
    boolean canAcknowledge(ReportQueries.CourseFacts facts) {
        return currentUsers.current().map(u -> Objects.equals(u.id(), facts.responsibleUserId())
                || (u.is(Role.COORDINATOR) && Objects.equals(u.areaId(), facts.areaId()))).orElse(false);
    }

    private boolean ofUsersArea(ReportQueries.CourseFacts facts) {
        return currentUsers.current()
                .map(u -> u.role().belongsToArea() && Objects.equals(u.areaId(), facts.areaId())).orElse(false);
    }

    private NotFoundException notFound(String subjectType, long id, String why) {
        audit.recordSeparately(null, AccessChecker.ACCESS_DENIED, subjectType, id, why);
        currentUsers.current().ifPresent(user -> securityLog.event(AccessChecker.ACCESS_DENIED, user.getUsername(),
                Map.of("subjectType", subjectType, "subjectId", String.valueOf(id))));
        return new NotFoundException(subjectType + " " + id);
    }

    /** Who acts on a report, as the report records it. */
    static StatusReport.By by(CurrentUser user) {
        return new StatusReport.By(user.id(), user.displayName());
    }

    /** The template fields are read by the page after the transaction (open-in-view is off). */
    static void loadContent(StatusReport report) {
        Hibernate.initialize(report.goalsForLoading());
        Hibernate.initialize(report.tasksForLoading());
    }
}
