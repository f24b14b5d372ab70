package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * DOMAIN §7 on the start page: for caseworkers (their own courses) and coordinators (their area) the
 * reports awaiting sign-off, duty-to-notify flags first (S4), and the overdue reports (S1, S3); for
 * the mentor the reports due. One query per panel, whatever the data (no N+1).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportPanelService {

    static final int PANEL_LIMIT = 25;
    /** Issue 16: the start page shows the most overdue courses, one line each; the full list has the rest. */
    static final int OVERDUE_COURSES_SHOWN = 10;
    static final int OVERDUE_PAGE_SIZE = 25;
    /** The last page the full list offers: an offset never grows with the data (as the client list). */
    static final int OVERDUE_MAX_PAGE = 199;

    private final ReportQueries queries;
    private final ReportCalendar calendar;
    private final CurrentUsers currentUsers;
    private final AuditService audit;

    /** The report panels of the signed-in user's start page; null for the directorate (it has none). */
    public ReportViews.StartPanels startPanels() {
        CurrentUser user = currentUsers.require();
        ReportViews.StartPanels panels;
        if (user.is(Role.MENTOR)) {
            List<ReportQueries.DutyRow> rows = queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id());
            panels = new ReportViews.StartPanels(List.of(), List.of(), dueLines(rows), rows.isEmpty(), 0);
        } else if (user.role().belongsToArea()) {
            ReportQueries.Scope scope = areaScope(user);
            long id = scopeId(user);
            // Issue 10: only the courses the panel can show are read in full (see ReportQueries.overdueCourses).
            ReportQueries.OverdueCourses overdue = queries.overdueCourses(scope, id, calendar.today(),
                    calendar.properties().graceDays(), calendar.reviewInterval(), OVERDUE_COURSES_SHOWN);
            panels = new ReportViews.StartPanels(queries.awaitingAcknowledgement(scope, id, PANEL_LIMIT),
                    overdueCourses(overdue.rows()), List.of(), false, overdue.total());
        } else {
            return null;
        }
        audit.record("REPORT_LIST_VIEWED", ReportCourses.SUBJECT, null, "start page: awaiting=" + panels.awaiting().size()
                + " overdue=" + panels.overdue().size() + " due=" + panels.due().size());
        return panels;
    }

    /**
     * Issue 16: every course of the caseworker (the coordinator: the area) with an overdue report, one
     * line per course, most overdue first, a page at a time; audited as the start page's panel is.
     */
    public ReportViews.OverduePage overduePage(int page) {
        CurrentUser user = currentUsers.require();
        if (!user.role().belongsToArea()) {
            throw new org.springframework.security.access.AccessDeniedException("no area");
        }
        int shown = Math.max(0, Math.min(page, OVERDUE_MAX_PAGE));
        ReportQueries.OverdueCourses overdue = queries.overdueCourses(areaScope(user), scopeId(user), calendar.today(),
                calendar.properties().graceDays(), calendar.reviewInterval(), OVERDUE_PAGE_SIZE + 1,
                (long) shown * OVERDUE_PAGE_SIZE);
        List<ReportViews.OverdueCourse> rows = overdueCourses(overdue.rows());
        boolean hasNext = rows.size() > OVERDUE_PAGE_SIZE && shown < OVERDUE_MAX_PAGE;
        audit.record("REPORT_LIST_VIEWED", ReportCourses.SUBJECT, null, "overdue reports: page=" + (shown + 1)
                + " courses=" + Math.min(rows.size(), OVERDUE_PAGE_SIZE));
        return new ReportViews.OverduePage(rows.size() > OVERDUE_PAGE_SIZE ? rows.subList(0, OVERDUE_PAGE_SIZE) : rows,
                shown, hasNext, overdue.total());
    }

    /** Courses read per round of the export: the export holds at most this many courses' duties at a time. */
    private static final int EXPORT_CHUNK = 200;

    /**
     * Issue 12: the whole overdue list as an export, in the page's order and scope (the caseworker's own
     * courses, the coordinator's area), read {@value #EXPORT_CHUNK} courses at a time and handed to
     * {@code sink} line by line, at most {@code maxRows} lines; audited with the scope and the number of lines.
     */
    public int exportOverdue(int maxRows, java.util.function.Consumer<ReportViews.OverdueCourse> sink) {
        CurrentUser user = currentUsers.require();
        if (!user.role().belongsToArea()) {
            throw new org.springframework.security.access.AccessDeniedException("no area");
        }
        int lines = 0;
        for (long offset = 0; lines < maxRows; offset += EXPORT_CHUNK) {
            ReportQueries.OverdueCourses chunk = queries.overdueCourses(areaScope(user), scopeId(user), calendar.today(),
                    calendar.properties().graceDays(), calendar.reviewInterval(), EXPORT_CHUNK, offset);
            for (ReportViews.OverdueCourse line : overdueCourses(chunk.rows())) {
                if (lines == maxRows) {
                    break;
                }
                sink.accept(line);
                lines++;
            }
            if (chunk.rows().size() < EXPORT_CHUNK) {
                break;
            }
        }
        audit.record("REPORT_LIST_EXPORTED", ReportCourses.SUBJECT, null, "eksport: forfaldne rapporter, omfang="
                + (user.is(Role.COORDINATOR) ? "område" : "egne forløb") + ", rækker=" + lines
                + (lines >= maxRows ? " (loftet nået)" : ""));
        return lines;
    }

    private static ReportQueries.Scope areaScope(CurrentUser user) {
        return user.is(Role.COORDINATOR) ? ReportQueries.Scope.AREA : ReportQueries.Scope.RESPONSIBLE;
    }

    private static long scopeId(CurrentUser user) {
        return user.is(Role.COORDINATOR) ? user.areaId() : user.id();
    }

    /** One line per course (in the given order, most overdue first): its overdue months counted, and the quarterly report. */
    private List<ReportViews.OverdueCourse> overdueCourses(List<ReportQueries.DutyRow> rows) {
        List<ReportViews.OverdueCourse> lines = new ArrayList<>();
        for (ReportQueries.DutyRow row : rows) {
            List<ReportDuty.Item> overdue = calendar.open(calendar.duty(row), row.reports()).stream()
                    .filter(ReportDuty.Item::overdue).toList();
            List<ReportDuty.Item> months = overdue.stream().filter(i -> i.kind() == ReportKind.MONTHLY)
                    .sorted(Comparator.comparing(ReportDuty.Item::periodStart)).toList();
            ReportDuty.Item quarterly = overdue.stream().filter(i -> i.kind() == ReportKind.QUARTERLY).findFirst()
                    .orElse(null);
            if (!months.isEmpty() || quarterly != null) {
                lines.add(new ReportViews.OverdueCourse(row.courseId(), row.clientName(), row.responsibleName(),
                        months.size(), months.isEmpty() ? null : months.get(0), quarterly));
            }
        }
        return lines;
    }

    /** The mentor's missing reports (the client by first name only): overdue first, then by due date. */
    private List<ReportViews.DutyLine> dueLines(List<ReportQueries.DutyRow> rows) {
        List<ReportViews.DutyLine> lines = new ArrayList<>();
        for (ReportQueries.DutyRow row : rows) {
            for (ReportDuty.Item item : calendar.open(calendar.duty(row), row.reports())) {
                lines.add(new ReportViews.DutyLine(row.courseId(), row.clientFirstName(), row.responsibleName(), item));
            }
        }
        lines.sort(Comparator.comparing((ReportViews.DutyLine l) -> !l.item().overdue())
                .thenComparing(l -> l.item().dueOn()).thenComparing(ReportViews.DutyLine::courseId));
        return lines.size() > PANEL_LIMIT ? lines.subList(0, PANEL_LIMIT) : lines;
    }
}
