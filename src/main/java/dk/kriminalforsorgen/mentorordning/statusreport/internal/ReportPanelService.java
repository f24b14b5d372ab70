package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
public class ReportPanelService {

    static final int PANEL_LIMIT = 25;

    private final ReportQueries queries;
    private final ReportCalendar calendar;
    private final CurrentUsers currentUsers;
    private final AuditService audit;

    ReportPanelService(ReportQueries queries, ReportCalendar calendar, CurrentUsers currentUsers, AuditService audit) {
        this.queries = queries;
        this.calendar = calendar;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The report panels of the signed-in user's start page; null for the directorate (it has none). */
    public ReportViews.StartPanels startPanels() {
        CurrentUser user = currentUsers.require();
        ReportViews.StartPanels panels;
        if (user.is(Role.MENTOR)) {
            List<ReportQueries.DutyRow> rows = queries.dutyRows(ReportQueries.Scope.MENTOR_USER, user.id());
            panels = new ReportViews.StartPanels(List.of(), List.of(), dutyLines(rows, false, true), rows.isEmpty(), 0);
        } else if (user.role().belongsToArea()) {
            boolean coordinator = user.is(Role.COORDINATOR);
            ReportQueries.Scope scope = coordinator ? ReportQueries.Scope.AREA : ReportQueries.Scope.RESPONSIBLE;
            long id = coordinator ? user.areaId() : user.id();
            // Issue 10: only the courses the panel can show are read in full (see ReportQueries.overdueCourses).
            ReportQueries.OverdueCourses overdue = queries.overdueCourses(scope, id, calendar.today(),
                    calendar.properties().graceDays(), calendar.reviewInterval(), PANEL_LIMIT);
            panels = new ReportViews.StartPanels(queries.awaitingAcknowledgement(scope, id, PANEL_LIMIT),
                    dutyLines(overdue.rows(), true, false), List.of(), false, overdue.total());
        } else {
            return null;
        }
        audit.record("REPORT_LIST_VIEWED", ReportCourses.SUBJECT, null, "start page: awaiting=" + panels.awaiting().size()
                + " overdue=" + panels.overdue().size() + " due=" + panels.due().size());
        return panels;
    }

    /** The missing (or only the overdue) reports of the courses: overdue first, then by due date. */
    private List<ReportViews.DutyLine> dutyLines(List<ReportQueries.DutyRow> rows, boolean overdueOnly,
                                                 boolean firstNameOnly) {
        List<ReportViews.DutyLine> lines = new ArrayList<>();
        for (ReportQueries.DutyRow row : rows) {
            for (ReportDuty.Item item : calendar.open(calendar.duty(row), row.reports())) {
                if (!overdueOnly || item.overdue()) {
                    lines.add(new ReportViews.DutyLine(row.courseId(),
                            firstNameOnly ? row.clientFirstName() : row.clientName(), row.responsibleName(), item));
                }
            }
        }
        lines.sort(Comparator.comparing((ReportViews.DutyLine l) -> !l.item().overdue())
                .thenComparing(l -> l.item().dueOn()).thenComparing(ReportViews.DutyLine::courseId));
        return lines.size() > PANEL_LIMIT ? lines.subList(0, PANEL_LIMIT) : lines;
    }
}
