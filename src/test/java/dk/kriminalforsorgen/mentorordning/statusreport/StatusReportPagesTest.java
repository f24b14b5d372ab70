package dk.kriminalforsorgen.mentorordning.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/**
 * Status reports through the real pages on PostgreSQL: the mentor's own pages with strict 404s
 * (DOMAIN §1), the caseworker's pages with area scoping (AZ2), bad input (IN1), stale edits (CI1),
 * audit rows (AU1), the duty to notify on the start pages (S4) and the database's refusal to delete
 * or hide it.
 */
@DemoDataTest
class StatusReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CprProtector cprs;

    LoginSessions sessions;
    ReportWorld world;

    @AfterEach
    void removeFixtures() {
        world.removeAll();
    }

    @BeforeEach
    void setUp() {
        sessions = new LoginSessions(mvc);
        world = new ReportWorld(jdbc, clock, cprs);
    }

    private MockHttpSession as(String user) {
        return sessions.of(user);
    }

    private String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.session(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** The page as text: Thymeleaf may write letters such as ø as character references in form values. */
    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    /** A complete monthly report; {@code overrides} are name/value pairs that replace or add fields. */
    private MockHttpServletRequestBuilder monthly(String path, YearMonth month, String action, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("kind", "MONTHLY");
        fields.put("period", month.toString());
        fields.put("contactsCount", "4");
        fields.put("contactsNote", "Vi mødtes hver tirsdag");
        fields.put("goalProgress[0]", "Har søgt to job");
        fields.put("goalProgress[1]", "Startet til fodbold");
        fields.put("taskWork[0]", "Hjælp med budget");
        fields.put("hoursSpent", "16");
        fields.put("nextSteps", "Jobsamtale");
        if (action != null) {
            fields.put("handling", action);
        }
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long reportId(long courseId, YearMonth month) {
        return jdbc.queryForObject("select id from status_report where course_id = ? and kind = 'MONTHLY' and period_start = ?",
                Long.class, courseId, java.sql.Date.valueOf(month.atDay(1)));
    }

    private long auditRows(String action, Object subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(subjectId));
    }

    // ------------------------------------------------------------------ the mentor's own pages

    @Test
    void mentorSeesOwnActiveCourseWithFirstNameGoalsAndDueReportsOnly() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        String list = html(get("/mine-forloeb"), DemoUsers.MENTOR);
        assertThat(list).contains(course.firstName()).doesNotContain(course.lastName());

        String page = html(get("/mine-forloeb/" + course.id()), DemoUsers.MENTOR);
        assertThat(page).contains("Forløb med " + course.firstName()).contains("Finde et fritidsjob")
                .contains("Nyt netværk i en idrætsklub").contains("Månedlig statusrapport");
        assertThat(page).doesNotContain(course.lastName()).doesNotContain("CPR").doesNotContain("cpr")
                .doesNotContain("Høj").doesNotContain("Risiko").doesNotContain("Under tilsyn");

        String start = html(get("/"), DemoUsers.MENTOR);
        assertThat(start).contains("data-testid=\"panel-due-reports\"").contains(course.firstName())
                .doesNotContain(course.lastName());
    }

    @Test
    void AU1_mentorSubmitsMonthlyReportAndItIsReadOnlyAfterwards() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "indsend").session(as(DemoUsers.MENTOR)))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from status_report_goal where report_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(auditRows("REPORT_CREATED", id)).isEqualTo(1);
        assertThat(auditRows("REPORT_SUBMITTED", id)).isEqualTo(1);

        String view = html(get("/mine-forloeb/" + course.id() + "/rapporter/" + id), DemoUsers.MENTOR);
        assertThat(view).contains("Rapporten er indsendt og kan ikke ændres").doesNotContain("data-testid=\"report-form\"");
        assertThat(auditRows("REPORT_VIEWED", id)).isEqualTo(1);

        String refused = text(mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/" + id, month, "gem", "nextSteps", "Ændret")
                        .param("version", "1").session(as(DemoUsers.MENTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("data-testid=\"read-only-refused\"");
        assertThat(jdbc.queryForObject("select next_steps from status_report where id = ?", String.class, id))
                .isEqualTo("Jobsamtale");
    }

    @Test
    void mentorGets404OnEveryOtherCourseAndReportIdAndItIsAudited() throws Exception {
        ReportWorld.Course mine = world.activeCourseOfDemoMentor(2);
        ReportWorld.Course other = world.activeCourseOfOtherMentor(DemoUsers.CASEWORKER, 2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        // a report on the other course, written by the caseworker by telephone
        mvc.perform(monthly("/forloeb/" + other.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        long otherReport = reportId(other.id(), month);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);

        MockHttpSession mentor = as(DemoUsers.MENTOR);
        for (String path : new String[] {"/mine-forloeb/" + other.id(), "/mine-forloeb/" + other.id() + "/rapporter/ny",
                "/mine-forloeb/" + other.id() + "/rapporter/" + otherReport,
                "/mine-forloeb/" + mine.id() + "/rapporter/" + otherReport, "/mine-forloeb/999999999"}) {
            mvc.perform(get(path).session(mentor)).andExpect(status().isNotFound());
        }
        mvc.perform(monthly("/mine-forloeb/" + other.id() + "/rapporter/ny", month, "indsend").session(mentor))
                .andExpect(status().isNotFound());
        mvc.perform(monthly("/mine-forloeb/" + other.id() + "/rapporter/" + otherReport, month, "indsend")
                .param("version", "0").session(mentor)).andExpect(status().isNotFound());
        mvc.perform(monthly("/mine-forloeb/" + mine.id() + "/rapporter/" + otherReport, month, "indsend")
                .param("version", "0").session(mentor)).andExpect(status().isNotFound());
        // the caseworker's pages are not the mentor's at all
        mvc.perform(get("/forloeb/" + mine.id() + "/rapporter").session(mentor)).andExpect(status().isForbidden());

        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        assertThat(after - before).isGreaterThanOrEqualTo(8);
        assertThat(world.reportCount(other.id())).isEqualTo(1);
        assertThat(world.reportCount(mine.id())).isZero();
    }

    @Test
    void mentorDoesNotSeeAnEndedCourse() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        jdbc.update("update mentor_course set state = 'ENDED', end_reason = 'BY_AGREEMENT', ended_on = start_date where id = ?",
                course.id());
        mvc.perform(get("/mine-forloeb/" + course.id()).session(as(DemoUsers.MENTOR))).andExpect(status().isNotFound());
        // an ended course takes no more telephone reports; the caseworker is sent back to its reports
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/telefonisk").session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/mine-forloeb"), DemoUsers.MENTOR)).doesNotContain(course.firstName());
    }

    // ------------------------------------------------------------------ bad input and stale edits

    @Test
    void IN1_monthOutsideTheCourseDuplicateMonthAndHoursOutOfRangeAreRefusedWithInputKept() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/ny";
        YearMonth before = YearMonth.from(world.today().minusMonths(5));
        String outside = text(mvc.perform(monthly(path, before, "indsend").session(as(DemoUsers.MENTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(outside).contains("data-testid=\"error-summary\"").contains("§17 stk. 1 nr. 1")
                .contains("ligger uden for forløbet").contains("Vi mødtes hver tirsdag").contains("aria-invalid=\"true\"");
        String future = text(mvc.perform(monthly(path, YearMonth.from(world.today()).plusMonths(1), "gem")
                .session(as(DemoUsers.MENTOR))).andReturn().getResponse().getContentAsString());
        assertThat(future).contains("ligger uden for forløbet");

        String hours = text(mvc.perform(monthly(path, YearMonth.from(world.today()), "indsend", "hoursSpent", "500")
                .session(as(DemoUsers.MENTOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(hours).contains("Timerne skal være et tal mellem 0 og 200").contains("Har søgt to job");
        String text = text(mvc.perform(monthly(path, YearMonth.from(world.today()), "indsend", "hoursSpent", "mange")
                .session(as(DemoUsers.MENTOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(text).contains("Skriv et tal").contains("Har søgt to job");
        String missing = text(mvc.perform(post(path).with(csrf()).param("kind", "MONTHLY")
                .param("period", YearMonth.from(world.today()).toString()).param("handling", "indsend")
                .param("dutyToNotify", "true").session(as(DemoUsers.MENTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(missing).contains("§17 stk. 2: Skriv antallet af kontakter").contains("§8 stk. 2: Beskriv");
        assertThat(world.reportCount(course.id())).isZero();

        YearMonth last = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly(path, last, "gem").session(as(DemoUsers.MENTOR))).andExpect(status().is3xxRedirection());
        String duplicate = text(mvc.perform(monthly(path, last, "gem", "contactsNote", "Anden udgave")
                .session(as(DemoUsers.MENTOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(duplicate).contains("Der findes allerede en rapport for denne periode").contains("Anden udgave");
        assertThat(world.reportCount(course.id())).isEqualTo(1);
    }

    @Test
    void CI1_staleDraftSaveIsRefusedWithTheInputKept() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "gem").session(as(DemoUsers.MENTOR)))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/" + id;
        mvc.perform(monthly(path, month, "gem").param("version", String.valueOf(version)).param("concerns", "Første")
                .session(as(DemoUsers.MENTOR))).andExpect(status().is3xxRedirection());
        String stale = text(mvc.perform(monthly(path, month, "gem").param("version", String.valueOf(version))
                        .param("concerns", "Min anden tekst").session(as(DemoUsers.MENTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale).contains("En anden har gemt ændringer").contains("Min anden tekst");
        assertThat(jdbc.queryForObject("select concerns from status_report where id = ?", String.class, id)).isEqualTo("Første");
    }

    // ------------------------------------------------------------------ caseworker and coordinator

    @Test
    void AZ2_caseworkerOfAnotherAreaGets404OnEveryReportRouteAndNothingChanges() throws Exception {
        ReportWorld.Course course = world.activeCourseOfOtherMentor(DemoUsers.CASEWORKER, 3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        long report = reportId(course.id(), month);
        MockHttpSession south = as(DemoUsers.CASEWORKER_SOUTH);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?",
                Long.class, String.valueOf(course.id()));
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter").session(south)).andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/" + report).session(south)).andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/telefonisk").session(south)).andExpect(status().isNotFound());
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", YearMonth.from(world.today()), null)
                .param("receivedOn", world.today().toString()).session(south)).andExpect(status().isNotFound());
        mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + report + "/kvitter").with(csrf())
                .param("version", "0").session(south)).andExpect(status().isNotFound());
        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?",
                Long.class, String.valueOf(course.id()));
        assertThat(after - before).isEqualTo(5);
        assertThat(world.reportCount(course.id())).isEqualTo(1);
        // the directorate reads (national, after recording its purpose, AZ5), but cannot log or sign off
        mvc.perform(post("/klienter/" + course.clientId() + "/formaal").with(csrf()).session(as(DemoUsers.DIRECTORATE))
                .param("purpose", "Tilsyn med rapporteringen i området")).andExpect(status().is3xxRedirection());
        assertThat(html(get("/forloeb/" + course.id() + "/rapporter/" + report), DemoUsers.DIRECTORATE))
                .doesNotContain("data-testid=\"acknowledge-form\"");
    }

    @Test
    void S1_telephoneReportLoggedByTheResponsiblePersonFulfilsTheMonthAndOverdueMonthsAreShown() throws Exception {
        ReportWorld.Course course = world.activeCourseOfOtherMentor(DemoUsers.CASEWORKER, 3);
        String before = html(get("/forloeb/" + course.id() + "/rapporter"), DemoUsers.CASEWORKER);
        assertThat(before).contains("Overskredet");
        YearMonth month = YearMonth.from(world.today().minusMonths(2));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(jdbc.queryForMap("select channel, status, received_on from status_report where id = ?", id))
                .containsEntry("channel", "TELEPHONE").containsEntry("status", "ACKNOWLEDGED");
        assertThat(auditRows("REPORT_TELEPHONE_LOGGED", id)).isEqualTo(1);
        String after = html(get("/forloeb/" + course.id() + "/rapporter"), DemoUsers.CASEWORKER);
        assertThat(after).contains("Telefonisk");
        // the caseworker's start page lists the course's other overdue months
        assertThat(html(get("/"), DemoUsers.CASEWORKER)).contains("data-testid=\"panel-overdue-reports\"")
                .contains(course.firstName());
    }

    @Test
    void S4_dutyToNotifyIsFlaggedToResponsibleAndCoordinatorUntilAcknowledgedAndCannotBeDeletedOrHidden() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "indsend")
                .param("dutyToNotify", "true").param("dutyToNotifyText", "Klienten fortalte om et indbrud")
                .session(as(DemoUsers.MENTOR))).andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(auditRows("DUTY_TO_NOTIFY_RAISED", id)).isEqualTo(1);

        for (String user : new String[] {DemoUsers.CASEWORKER, DemoUsers.COORDINATOR}) {
            String start = html(get("/"), user);
            assertThat(start).contains("data-testid=\"duty-to-notify-flag\"").contains(course.firstName());
        }
        assertThat(html(get("/"), DemoUsers.CASEWORKER_SOUTH)).doesNotContain(course.firstName());

        // neither deleted nor hidden, whatever the application does
        assertThatThrownBy(() -> jdbc.update("delete from status_report where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S4");
        assertThatThrownBy(() -> jdbc.update("update status_report set duty_to_notify = false where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S4");
        assertThatThrownBy(() -> jdbc.update("update status_report set status = 'DRAFT' where id = ?", id))
                .isInstanceOf(DataAccessException.class);

        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        String stale = text(mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                .param("version", String.valueOf(version + 5)).session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale).contains("En anden har gemt ændringer");
        mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                .param("version", String.valueOf(version)).param("note", "Politiet er orienteret")
                .session(as(DemoUsers.CASEWORKER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select status, acknowledged_by_name, duty_to_notify from status_report where id = ?", id))
                .containsEntry("status", "ACKNOWLEDGED").containsEntry("duty_to_notify", true);
        assertThat(auditRows("REPORT_ACKNOWLEDGED", id)).isEqualTo(1);
        assertThat(html(get("/"), DemoUsers.COORDINATOR)).doesNotContain("/rapporter/" + id + "\"");
        String page = html(get("/forloeb/" + course.id() + "/rapporter/" + id), DemoUsers.COORDINATOR);
        assertThat(page).contains("data-testid=\"duty-to-notify\"").contains("Klienten fortalte om et indbrud");
    }

    @Test
    void signOffShowsReportedAgainstAgreedHoursAndFlagsALargeGap() throws Exception {
        ReportWorld.Course course = world.activeCourseOfDemoMentor(3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "indsend", "hoursSpent", "45")
                .session(as(DemoUsers.MENTOR))).andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        String page = html(get("/forloeb/" + course.id() + "/rapporter/" + id), DemoUsers.CASEWORKER);
        assertThat(page).contains("data-testid=\"hours-gap\"").contains("Mentor rapporterer 45 timer")
                .contains("data-testid=\"acknowledge-form\"").contains(course.lastName());
        assertThat(html(get("/forloeb/" + course.id() + "/rapporter"), DemoUsers.CASEWORKER))
                .contains("Stor afvigelse fra aftalt tid");
    }

    @Test
    void caseworkerWhoIsNotResponsibleCannotSignOff() throws Exception {
        ReportWorld.Course course = world.activeCourseOfOtherMentor(DemoUsers.COORDINATOR, 2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        String refused = text(mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                        .param("version", "1").session(as(DemoUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("§13 stk. 2");
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }
}
