package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlanVersion;
import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;

/**
 * Reading courses: the course page, the decision forms' view of a course, the lists and the start-page
 * panels (DOMAIN §7). Every read of a course passes the area check (AZ2) and is audited in the same
 * transaction (AU1), so these methods are not read-only.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseReading {

    private static final int PAGE_SIZE = 25;

    private final CourseAccess access;
    private final CourseQueries queries;
    private final CourseHistory history;
    private final ActionPlans plans;
    private final Meetings meetings;
    private final ReferenceData referenceData;
    private final AuditService audit;
    private final CourseCalendar calendar;

    private final ClientService clients;

    public LocalDate today() {
        return calendar.today();
    }

    /** Everything the course page shows, read and audited in one transaction. */
    public record CourseView(MentorCourse course, CourseQueries.ClientSummary client, String areaName,
                             String mentorName, boolean canDecide, boolean handoverNeeded, String competentAreaName,
                             Optional<ActionPlans.PlanView> plan, List<Meeting> meetings, MeetingSchedule.Due due,
                             List<CourseHandover> handovers, List<CourseContinuation> continuations,
                             List<CourseFee> fees, List<ActivityGrant> grants, BigDecimal grantedThisYear,
                             BigDecimal grantCeiling, LocalDate today) {

        public boolean overdue() {
            return due != null && due.overdue(today);
        }

        /**
         * C13 checked on read: the supervision end date has passed while the client is still recorded as
         * under supervision, so no status change has flagged the course yet (E8, §4 stk. 2).
         */
        public boolean supervisionEndPassed() {
            return course.isActive() && course.getContinuationToConfirm() == null
                    && client.status() == CustodyStatus.UNDER_SUPERVISION && client.supervisionEndDate() != null
                    && client.supervisionEndDate().isBefore(today);
        }

        public Optional<CourseFee> currentFee() {
            return fees.stream().filter(f -> !f.getValidFrom().isAfter(today)).findFirst();
        }
    }

    public CourseView view(long id) {
        MentorCourse course = access.loadVisible(id);
        audit.record("COURSE_VIEWED", CourseAccess.SUBJECT, id, null);
        return viewOf(course);
    }

    /** A course for one of the decision forms: visible and of the user's area (C1). Audited as a read. */
    public CourseView forDecision(long id, String form) {
        MentorCourse course = access.requireDeciding(id);
        audit.record("COURSE_VIEWED", CourseAccess.SUBJECT, id, "formular: " + form);
        return viewOf(course);
    }

    private CourseView viewOf(MentorCourse course) {
        long id = course.getId();
        LocalDate today = calendar.today();
        CourseQueries.ClientSummary client = queries.client(course.getClientId()).orElseThrow();
        List<Meeting> held = meetings.of(id);
        MeetingSchedule.Due due = course.isActive() ? calendar.schedule().nextDue(course.getStartDate(), held) : null;
        boolean handoverNeeded = !course.isEnded() && !Objects.equals(client.areaId(), course.areaId());
        return new CourseView(course, client, referenceData.areaName(course.areaId()),
                queries.mentorName(course.getMentorId()).orElse(null), access.canDecide(course), handoverNeeded,
                referenceData.areaName(client.areaId()), plans.find(id), held, due, history.handovers(id),
                history.continuations(id), history.fees(id), history.grants(id), history.grantedInYearOf(id, today),
                calendar.grantYearlyCeiling(), today);
    }

    /** A printable or older version of the action plan (C8: old versions stay readable). */
    public ActionPlanVersion planVersion(long id, int number) {
        access.loadVisible(id);
        audit.record("ACTION_PLAN_VIEWED", CourseAccess.SUBJECT, id, "version=" + number);
        return plans.version(id, number);
    }

    /** C7: who may be made responsible: the caseworkers and coordinators of the course's area. */
    public List<CourseQueries.Person> responsibleCandidates(long id) {
        return queries.responsibleCandidates(access.requireDeciding(id).areaId());
    }

    /** C7: the signed-in user, when they may be made responsible for the course (preselected on the form). */
    public Optional<Long> signedInCandidate(long id) {
        long me = access.user().id();
        return responsibleCandidates(id).stream().map(CourseQueries.Person::id).filter(p -> p == me).findFirst();
    }

    /**
     * Carry-over into a course's first action plan (C4): the client's documented need (E2, §2 nr. 2) and
     * the need areas of the latest LS/RNR assessment rated medium or higher, as suggested goals.
     */
    public record PlanSuggestion(String needDescription, List<NeedArea> needAreas) {
    }

    public PlanSuggestion planSuggestion(CourseView view) {
        long clientId = view.course().getClientId();
        return new PlanSuggestion(clients.requireVisible(clientId).getSpecialNeed(),
                queries.needAreasAtLeast(clientId, RiskLevel.MEDIUM));
    }

    /** The area's course list (the directorate: all), one query. */
    public record CoursePage(List<CourseQueries.CourseRow> rows, int page, boolean hasNext) {
    }

    /** The last page the list offers (5,000 rows): an offset never grows with the data (as the client list). */
    static final int MAX_PAGE = 199;

    /**
     * A page of the course list (issue 16: filtered, searched by client name, sorted by a whitelisted
     * column), audited with its criteria as the client search is (AU1).
     *
     * @param mineOnly only the courses the user is responsible for
     */
    public CoursePage list(CourseState state, boolean mineOnly, String name, CourseQueries.Sort sort, boolean descending,
                           int page) {
        int shown = Math.max(0, Math.min(page, MAX_PAGE));
        CourseQueries.ListCriteria criteria = new CourseQueries.ListCriteria(state,
                mineOnly ? access.user().id() : null, name, sort, descending);
        List<CourseQueries.CourseRow> rows = queries.list(access.areaFilter(), criteria, shown, PAGE_SIZE,
                calendar.schedule(), calendar.today());
        audit.record("COURSE_LIST_VIEWED", CourseAccess.SUBJECT, null, "tilstand=" + (state == null ? "alle" : state)
                + ", kun-mine=" + (mineOnly ? "ja" : "nej") + ", navn=" + (name == null ? "" : name)
                + ", sortering=" + sort.parameter() + (descending ? " faldende" : " stigende") + ", side=" + (shown + 1));
        boolean hasNext = rows.size() > PAGE_SIZE && shown < MAX_PAGE;
        return new CoursePage(rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows, shown, hasNext);
    }

    /**
     * Issue 12: the course list as an export: the same criteria as {@link #list} (area, filters, search,
     * order) for every page, at most {@code maxRows} rows streamed to {@code sink}; audited with the
     * criteria and the number of rows (AU1).
     */
    @Transactional
    public int export(CourseState state, boolean mineOnly, String name, CourseQueries.Sort sort, boolean descending,
                      int maxRows, java.util.function.Consumer<CourseQueries.CourseRow> sink) {
        CourseQueries.ListCriteria criteria = new CourseQueries.ListCriteria(state,
                mineOnly ? access.user().id() : null, name, sort, descending);
        int rows = queries.stream(access.areaFilter(), criteria, maxRows, calendar.schedule(), calendar.today(), sink);
        audit.record("COURSE_LIST_EXPORTED", CourseAccess.SUBJECT, null, "eksport: tilstand=" + (state == null ? "alle" : state)
                + ", kun-mine=" + (mineOnly ? "ja" : "nej") + ", navn=" + (name == null ? "" : name)
                + ", sortering=" + sort.parameter() + (descending ? " faldende" : " stigende") + ", rækker=" + rows
                + (rows >= maxRows ? " (loftet nået)" : ""));
        return rows;
    }

    /** DOMAIN §7: the caseworker's courses with what is due, overdue first: the first {@code limit} and the count. One query. */
    public CourseQueries.Mine myCourses(int limit) {
        CourseQueries.Mine mine = queries.mine(access.user().id(), calendar.schedule(), calendar.today(), limit);
        audit.record("COURSE_LIST_VIEWED", CourseAccess.SUBJECT, null, "start page: my courses=" + mine.total());
        return mine;
    }

    /** DOMAIN §7: the coordinator's overview of the area's courses by state and those without a match. One query. */
    public CourseQueries.AreaCounts areaCounts() {
        return queries.countsByState(access.user().areaId());
    }

    /** DOMAIN §7: overdue reviews and kick-offs in the coordinator's area. One query. */
    public List<CourseQueries.CourseRow> areaOverdue() {
        List<CourseQueries.CourseRow> rows = queries.overdueInArea(access.user().areaId(), calendar.schedule(),
                calendar.today());
        audit.record("COURSE_LIST_VIEWED", CourseAccess.SUBJECT, null, "start page: overdue in area=" + rows.size());
        return rows;
    }

    /** How many of the area's courses are overdue or await confirmation in all (the panel shows the first ones). */
    public int areaOverdueCount() {
        return queries.countOverdueInArea(access.user().areaId(), calendar.schedule(), calendar.today());
    }

    /** The clients of the user's area who can get a course prepared (no open course). */
    public List<CourseQueries.Person> preparableClients() {
        List<CourseQueries.Person> list = queries.clientsWithoutOpenCourse(access.user().areaId());
        audit.record("CLIENT_LIST_VIEWED", ClientService.SUBJECT, null, "forbered forløb: " + list.size());
        return list;
    }
}
