package dk.kriminalforsorgen.mentorordning.statusreport;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.Goal;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingKind;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.SecurityEventLog;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The use cases of status reports, each in one transaction with its audit row (AU1, AU2).
 * Caseworkers, coordinators and the directorate reach a course's reports through the area check
 * (AZ2); a mentor reaches only their own ACTIVE courses, and any other course or report answers
 * 404, audited. A mentor's views carry the client's first name and nothing else about the client.
 */
@Service
@Transactional
public class StatusReportService {

    public static final String SUBJECT = "STATUS_REPORT";
    public static final String COURSE_SUBJECT = "COURSE";
    static final int PANEL_LIMIT = 25;

    private final StatusReportRepository reports;
    private final ReportQueries queries;
    private final Meetings meetings;
    private final ActionPlans plans;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final ReportProperties properties;
    private final MeetingSchedule schedule;
    private final Clock clock;

    StatusReportService(StatusReportRepository reports, ReportQueries queries, Meetings meetings, ActionPlans plans,
                        AccessChecker access, CurrentUsers currentUsers, AuditService audit,
                        SecurityEventLog securityLog, ReportProperties properties, CourseProperties courseProperties,
                        Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.meetings = meetings;
        this.plans = plans;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.securityLog = securityLog;
        this.properties = properties;
        this.schedule = new MeetingSchedule(courseProperties.reviewInterval(), courseProperties.kickOffWithin());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReportProperties properties() {
        return properties;
    }

    // ================================================================ views

    /** The course as a report page shows it; {@code clientName} is the first name only on the mentor's pages. */
    public record CourseHeader(long id, String clientName, String mentorName, String responsibleName,
                               LocalDate startDate, BigDecimal agreedHours, boolean active) {
    }

    /** An action-plan goal the report follows up (S2). */
    public record GoalLine(int position, String needArea, String description) {

        public String needAreaKey() {
            return "report.needArea." + needArea;
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

    /** A missing report of a course on a start page. */
    public record DutyLine(long courseId, String clientName, String responsibleName, ReportDuty.Item item) {
    }

    /** A report awaiting acknowledgement on a start page (duty-to-notify first, S4). */
    public record AwaitingLine(long reportId, long courseId, String clientName, ReportKind kind,
                               LocalDate periodStart, ReportChannel channel, boolean dutyToNotify,
                               String responsibleName) {

        public YearMonth month() {
            return YearMonth.from(periodStart);
        }
    }

    /** The status-report panels of a start page (DOMAIN §7). */
    public record StartPanels(List<AwaitingLine> awaiting, List<DutyLine> overdue, List<DutyLine> due,
                              boolean mentorWithoutCourses, int coursesWithOverdue) {

        public long dutyToNotifyCount() {
            return awaiting.stream().filter(AwaitingLine::dutyToNotify).count();
        }
    }

    /** The input of a report form: the kind, the period (yyyy-MM for a month) and the template fields. */
    public record ReportInput(ReportKind kind, String period, ReportContent content) {
    }

    // ================================================================ caseworker, coordinator, directorate

    public CourseReports courseReports(long courseId) {
        ReportQueries.CourseFacts facts = requireVisibleCourse(courseId);
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        List<ReportDuty.Item> open = facts.active() ? ReportDuty.open(duty(facts), today(), properties.graceDays(),
                existing(all)) : List.of();
        audit.record("REPORT_LIST_VIEWED", COURSE_SUBJECT, courseId, "reports=" + all.size());
        return new CourseReports(header(facts, false), open,
                all.stream().map(r -> new ReportRow(r, hours(r, facts))).toList(), canLog(facts),
                canAcknowledge(facts), properties.graceDays());
    }

    public ReportView report(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = requireVisibleCourse(courseId);
        StatusReport report = reportOf(facts.id(), reportId);
        if (report.isDraft()) {
            throw notFound(SUBJECT, reportId, "draft"); // a draft is the mentor's own until submitted
        }
        audit.record("REPORT_VIEWED", SUBJECT, reportId, "course=" + courseId);
        loadContent(report);
        return new ReportView(header(facts, false), report, hours(report, facts),
                canAcknowledge(facts) && report.awaitsAcknowledgement(), properties.hoursGapPercent());
    }

    /** The telephone-report form of a course (caseworkers of the course's area). */
    public FormContext telephoneForm(long courseId) {
        ReportQueries.CourseFacts facts = requireLoggingCourse(courseId);
        audit.record("COURSE_VIEWED", COURSE_SUBJECT, courseId, "formular: telefonisk afrapportering");
        return formContext(facts, false);
    }

    /**
     * §17 stk. 1: a caseworker logs a report received by telephone, on the template's fields (S2).
     * It fulfils the month (S1) or the quarter (S3) like a written report.
     */
    public long logTelephone(long courseId, ReportInput input, LocalDate receivedOn) {
        ReportQueries.CourseFacts facts = requireLoggingCourse(courseId);
        CurrentUser user = currentUsers.require();
        List<RuleViolation> violations = new ArrayList<>();
        if (receivedOn == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "receivedOn", "report.receivedOn.required"));
        } else if (receivedOn.isAfter(today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "receivedOn", "report.receivedOn.future"));
        }
        Period period = period(facts, input, violations);
        ReportContent content = withGoalTexts(facts.id(), input.content());
        violations.addAll(content.check(input.kind(), true));
        Refusal.throwIfAny(violations);
        boolean responsible = Objects.equals(facts.responsibleUserId(), user.id());
        StatusReport report = save(StatusReport.telephone(facts.id(), input.kind(), period.start(), period.end(),
                queries.currentTemplateVersion(), content, receivedOn, responsible, by(user), now()));
        audit.record("REPORT_TELEPHONE_LOGGED", SUBJECT, report.getId(),
                "course=" + courseId + " " + input.kind() + " " + period.start() + (responsible ? " acknowledged" : ""));
        dutyToNotifyRaised(report);
        return report.getId();
    }

    /** DOMAIN §9: the responsible person (or the area's coordinator) acknowledges a submitted report. */
    public void acknowledge(long courseId, long reportId, long version, String note) {
        ReportQueries.CourseFacts facts = requireVisibleCourse(courseId);
        StatusReport report = reportOf(facts.id(), reportId);
        if (report.isDraft()) {
            throw notFound(SUBJECT, reportId, "draft");
        }
        if (!canAcknowledge(facts)) {
            throw Refusal.general(Rule.C7, "report.acknowledge.notResponsible");
        }
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        if (note != null && note.length() > 2000) {
            throw Refusal.onField(Check.INPUT, "note", "report.text.tooLong", 2000);
        }
        report.acknowledge(by(currentUsers.require()), note, now());
        reports.saveAndFlush(report);
        audit.record("REPORT_ACKNOWLEDGED", SUBJECT, reportId,
                "course=" + courseId + (report.isDutyToNotify() ? " duty to notify (S4)" : ""));
    }

    // ================================================================ the mentor's own pages

    /** The mentor's active courses with what is due (the mentor's menu page), in one query. */
    public List<MineCourse> myCourses() {
        CurrentUser user = currentUsers.require();
        LocalDate today = today();
        List<MineCourse> result = new ArrayList<>();
        for (ReportQueries.DutyRow row : queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id())) {
            CourseHeader header = new CourseHeader(row.courseId(), row.clientFirstName(), null, row.responsibleName(),
                    row.start(), null, true);
            result.add(new MineCourse(header, List.of(), ReportDuty.open(dutyOf(row), today, properties.graceDays(),
                    row.reports()), List.of()));
        }
        audit.record("COURSE_LIST_VIEWED", COURSE_SUBJECT, null, "mentor's own courses=" + result.size());
        return result;
    }

    public MineCourse myCourse(long courseId) {
        ReportQueries.CourseFacts facts = requireMyCourse(courseId);
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        audit.record("COURSE_VIEWED", COURSE_SUBJECT, courseId, "mentor's own course");
        return new MineCourse(header(facts, true), goals(courseId),
                ReportDuty.open(duty(facts), today(), properties.graceDays(), existing(all)), all);
    }

    public FormContext myForm(long courseId) {
        ReportQueries.CourseFacts facts = requireMyCourse(courseId);
        return formContext(facts, true);
    }

    /** The mentor's report, for editing (draft) or reading (submitted). */
    public record MineReport(FormContext context, StatusReport report) {
    }

    public MineReport myReport(long courseId, long reportId) {
        ReportQueries.CourseFacts facts = requireMyCourse(courseId);
        StatusReport report = myReportOf(facts, reportId);
        audit.record("REPORT_VIEWED", SUBJECT, reportId, "course=" + courseId + " by the mentor");
        loadContent(report);
        return new MineReport(formContext(facts, true), report);
    }

    /** The mentor starts a report (S2), saved as a draft or submitted at once. */
    public long createMine(long courseId, ReportInput input, boolean submit) {
        ReportQueries.CourseFacts facts = requireMyCourse(courseId);
        CurrentUser user = currentUsers.require();
        List<RuleViolation> violations = new ArrayList<>();
        Period period = period(facts, input, violations);
        ReportContent content = withGoalTexts(facts.id(), input.content());
        violations.addAll(content.check(input.kind(), submit));
        Refusal.throwIfAny(violations);
        StatusReport report = save(StatusReport.draft(facts.id(), input.kind(), period.start(), period.end(),
                queries.currentTemplateVersion(), content, by(user), now()));
        audit.record("REPORT_CREATED", SUBJECT, report.getId(), "course=" + courseId + " " + input.kind() + " "
                + period.start());
        if (submit) {
            submit(report, user);
        }
        return report.getId();
    }

    /** The mentor saves their draft (CI1: refused when it changed since the form was opened), and may submit it. */
    public void updateMine(long courseId, long reportId, long version, ReportContent input, boolean submit) {
        ReportQueries.CourseFacts facts = requireMyCourse(courseId);
        StatusReport report = myReportOf(facts, reportId);
        if (!report.isDraft()) {
            throw Refusal.general(Rule.S2, "report.readOnly");
        }
        StaleEditException.requireVersion(version, report.getVersion(), "status report " + reportId);
        ReportContent content = withGoalTexts(facts.id(), input);
        Refusal.throwIfAny(content.check(report.getKind(), submit));
        report.update(content, now());
        reports.saveAndFlush(report); // the content is written while still a draft (the trigger guards submitted ones)
        audit.record("REPORT_UPDATED", SUBJECT, reportId, "course=" + courseId);
        if (submit) {
            submit(report, currentUsers.require());
        }
    }

    private void submit(StatusReport report, CurrentUser user) {
        report.submit(by(user), now());
        reports.saveAndFlush(report);
        audit.record("REPORT_SUBMITTED", SUBJECT, report.getId(), "course=" + report.getCourseId());
        dutyToNotifyRaised(report);
    }

    /** S4 (§8 stk. 2): the flag is on the responsible person's and coordinator's start pages from now on. */
    private void dutyToNotifyRaised(StatusReport report) {
        if (report.isDutyToNotify() && !report.isDraft()) {
            audit.record("DUTY_TO_NOTIFY_RAISED", SUBJECT, report.getId(), "S4 (§8 stk. 2) course=" + report.getCourseId());
        }
    }

    // ================================================================ start pages

    /** DOMAIN §7: the report panels of the signed-in user's start page; one query per panel. */
    public StartPanels startPanels() {
        CurrentUser user = currentUsers.require();
        LocalDate today = today();
        StartPanels panels;
        if (user.is(Role.MENTOR)) {
            List<ReportQueries.DutyRow> rows = queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id());
            List<DutyLine> due = dutyLines(rows, today, false, true);
            panels = new StartPanels(List.of(), List.of(), due, rows.isEmpty(), 0);
        } else if (user.role().belongsToArea()) {
            ReportQueries.Scope scope = user.is(Role.COORDINATOR) ? ReportQueries.Scope.AREA : ReportQueries.Scope.RESPONSIBLE;
            long id = scope == ReportQueries.Scope.AREA ? user.areaId() : user.id();
            List<AwaitingLine> awaiting = queries.awaitingAcknowledgement(scope, id, PANEL_LIMIT).stream()
                    .map(r -> new AwaitingLine(r.reportId(), r.courseId(), r.clientName(), r.kind(), r.periodStart(),
                            r.channel(), r.dutyToNotify(), r.responsibleName()))
                    .toList();
            ReportQueries.OverdueCourses overdueCourses = queries.overdueCourses(scope, id, today,
                    properties.graceDays(), schedule.reviewInterval(), PANEL_LIMIT);
            List<DutyLine> overdue = dutyLines(overdueCourses.rows(), today, true, false);
            panels = new StartPanels(awaiting, overdue, List.of(), false, overdueCourses.total());
        } else {
            return null;
        }
        audit.record("REPORT_LIST_VIEWED", SUBJECT, null, "start page: awaiting=" + panels.awaiting().size()
                + " overdue=" + panels.overdue().size() + " due=" + panels.due().size());
        return panels;
    }

    private List<DutyLine> dutyLines(List<ReportQueries.DutyRow> rows, LocalDate today, boolean overdueOnly,
                                     boolean firstNameOnly) {
        List<DutyLine> lines = new ArrayList<>();
        for (ReportQueries.DutyRow row : rows) {
            for (ReportDuty.Item item : ReportDuty.open(dutyOf(row), today, properties.graceDays(), row.reports())) {
                if (!overdueOnly || item.overdue()) {
                    lines.add(new DutyLine(row.courseId(), firstNameOnly ? row.clientFirstName() : row.clientName(),
                            row.responsibleName(), item));
                }
            }
        }
        lines.sort(Comparator.comparing((DutyLine l) -> !l.item().overdue()).thenComparing(l -> l.item().dueOn())
                .thenComparing(DutyLine::courseId));
        return lines.size() > PANEL_LIMIT ? lines.subList(0, PANEL_LIMIT) : lines;
    }

    // ================================================================ rules and helpers

    private record Period(LocalDate start, LocalDate end) {
    }

    /**
     * S1: a monthly report is for a month of the course (from its start month to the current month);
     * S3: the quarterly report covers the time since the latest meeting (the kick-off must be held).
     * One report per course, kind and period.
     */
    private Period period(ReportQueries.CourseFacts facts, ReportInput input, List<RuleViolation> violations) {
        if (input.kind() == null) {
            violations.add(RuleViolation.onField(Rule.S2, "kind", "report.kind.required"));
            return null;
        }
        Period period;
        if (input.kind() == ReportKind.MONTHLY) {
            YearMonth month = parseMonth(input.period());
            if (month == null) {
                violations.add(RuleViolation.onField(Rule.S1, "period", "report.period.required"));
                return null;
            }
            if (!ReportDuty.reportableMonths(duty(facts), today()).contains(month)) {
                violations.add(RuleViolation.onField(Rule.S1, "period", "report.period.outsideCourse",
                        DanishFormat.month(month), DanishFormat.date(facts.startDate())));
                return null;
            }
            period = new Period(month.atDay(1), month.atEndOfMonth());
        } else {
            Optional<ReportDuty.Item> quarterly = ReportDuty.quarterly(duty(facts));
            if (quarterly.isEmpty()) {
                violations.add(RuleViolation.onField(Rule.S3, "kind", "report.quarterly.noMeeting"));
                return null;
            }
            period = new Period(quarterly.get().periodStart(), quarterly.get().periodEnd());
        }
        if (reports.existsByCourseIdAndKindAndPeriodStart(facts.id(), input.kind(), period.start())) {
            violations.add(RuleViolation.onField(input.kind() == ReportKind.MONTHLY ? Rule.S1 : Rule.S3, "period",
                    "report.period.duplicate"));
        }
        return period;
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
            throw new Refusal(List.of(RuleViolation.onField(Rule.S1, "period", "report.period.duplicate")));
        }
    }

    /** S2: the goal texts come from the current action plan, never from the form. */
    private ReportContent withGoalTexts(long courseId, ReportContent content) {
        List<GoalLine> goals = goals(courseId);
        List<GoalProgress> progress = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalLine goal = goals.get(i);
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

    List<GoalLine> goals(long courseId) {
        return plans.find(courseId)
                .map(view -> view.current().getGoals().stream()
                        .sorted(Comparator.comparingInt(Goal::getPosition))
                        .map(g -> new GoalLine(g.getPosition(), g.getNeedArea().name(), g.getDescription()))
                        .toList())
                .orElse(List.of());
    }

    private FormContext formContext(ReportQueries.CourseFacts facts, boolean mentor) {
        ReportDuty.Course course = duty(facts);
        return new FormContext(header(facts, mentor), goals(facts.id()), ReportDuty.reportableMonths(course, today()),
                ReportDuty.quarterly(course));
    }

    private ReportDuty.Course dutyOf(ReportQueries.DutyRow row) {
        LocalDate nextReview = row.kickOff() == null ? null : schedule.nextReviewDue(row.latestMeeting());
        return new ReportDuty.Course(row.start(), null, row.kickOff() == null ? null : row.latestMeeting(), nextReview);
    }

    private ReportDuty.Course duty(ReportQueries.CourseFacts facts) {
        List<Meeting> held = meetings.of(facts.id());
        boolean kickOff = held.stream().anyMatch(m -> m.getKind() == MeetingKind.KICK_OFF);
        LocalDate latest = held.stream().map(Meeting::getHeldOn).max(Comparator.naturalOrder()).orElse(null);
        LocalDate nextReview = kickOff ? schedule.nextReviewDue(latest) : null;
        return new ReportDuty.Course(facts.startDate(), facts.active() ? null : facts.endedOn(),
                kickOff ? latest : null, nextReview);
    }

    private static List<ReportDuty.Existing> existing(List<StatusReport> all) {
        return all.stream().map(r -> new ReportDuty.Existing(r.getKind(), r.getPeriodStart(), r.getStatus())).toList();
    }

    private HoursCheck hours(StatusReport report, ReportQueries.CourseFacts facts) {
        if (report.getKind() != ReportKind.MONTHLY) {
            return null;
        }
        return HoursCheck.of(report.getHoursSpent(), facts.agreedHours(), report.getPeriodStart(),
                report.getPeriodEnd(), facts.startDate(), properties.hoursGapPercent());
    }

    private static CourseHeader header(ReportQueries.CourseFacts facts, boolean mentor) {
        return new CourseHeader(facts.id(), mentor ? facts.clientFirstName() : facts.clientFullName(),
                facts.mentorName(), facts.responsibleName(), facts.startDate(), facts.agreedHours(), facts.active());
    }

    private boolean canLog(ReportQueries.CourseFacts facts) {
        return facts.active() && currentUsers.current()
                .map(u -> u.role().belongsToArea() && Objects.equals(u.areaId(), facts.areaId())).orElse(false);
    }

    /** DOMAIN §9: the responsible person signs off; the area's coordinator may do it in their place. */
    private boolean canAcknowledge(ReportQueries.CourseFacts facts) {
        return currentUsers.current().map(u -> Objects.equals(u.id(), facts.responsibleUserId())
                || (u.is(Role.COORDINATOR) && Objects.equals(u.areaId(), facts.areaId()))).orElse(false);
    }

    /** AZ2: the course exists and is of the user's area (the directorate sees all); else 404, audited. */
    private ReportQueries.CourseFacts requireVisibleCourse(long courseId) {
        ReportQueries.CourseFacts facts = queries.course(courseId)
                .orElseThrow(() -> new NotFoundException("course " + courseId));
        return access.requireVisible(facts, COURSE_SUBJECT, courseId);
    }

    /** C1: telephone reports are logged by the course's own area while it is active. */
    private ReportQueries.CourseFacts requireLoggingCourse(long courseId) {
        ReportQueries.CourseFacts facts = requireVisibleCourse(courseId);
        if (!canLog(facts)) {
            throw Refusal.general(Rule.S1, "report.telephone.notAllowed");
        }
        return facts;
    }

    private StatusReport reportOf(long courseId, long reportId) {
        return reports.findById(reportId).filter(r -> r.getCourseId() == courseId)
                .orElseThrow(() -> new NotFoundException("report " + reportId));
    }

    /** The mentor record of the signed-in MENTOR user; a mentor user without one has no courses (-1). */
    private long requireMentor() {
        CurrentUser user = currentUsers.require();
        return queries.mentorOfUser(user.id()).orElse(-1L);
    }

    /** DOMAIN §1: a mentor sees only their own ACTIVE courses; any other id answers 404 and is audited. */
    private ReportQueries.CourseFacts requireMyCourse(long courseId) {
        long mentorId = requireMentor();
        return queries.course(courseId)
                .filter(f -> f.active() && f.mentorId() != null && f.mentorId() == mentorId)
                .orElseThrow(() -> notFound(COURSE_SUBJECT, courseId, "not the mentor's active course"));
    }

    private StatusReport myReportOf(ReportQueries.CourseFacts facts, long reportId) {
        return reports.findById(reportId).filter(r -> r.getCourseId() == facts.id())
                .orElseThrow(() -> notFound(SUBJECT, reportId, "not a report of the mentor's course"));
    }

    private NotFoundException notFound(String subjectType, long id, String why) {
        audit.recordSeparately(null, AccessChecker.ACCESS_DENIED, subjectType, id, why);
        currentUsers.current().ifPresent(user -> securityLog.event(AccessChecker.ACCESS_DENIED, user.getUsername(),
                Map.of("subjectType", subjectType, "subjectId", String.valueOf(id))));
        return new NotFoundException(subjectType + " " + id);
    }

    /** The template fields are read by the page after the transaction (open-in-view is off). */
    private static void loadContent(StatusReport report) {
        org.hibernate.Hibernate.initialize(report.goalsForLoading());
        org.hibernate.Hibernate.initialize(report.tasksForLoading());
    }

    private static StatusReport.By by(CurrentUser user) {
        return new StatusReport.By(user.id(), user.displayName());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
