package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.PageVisits;

/** The course pages over HTTP with the demo data: AZ2, IN1, CI1, AU1 and the start page (DOMAIN §7). */
@DemoDataTest
class CourseIntegrationTest {

    /** Every course route of the feature, with the id filled in. */
    static final List<String> GET_ROUTES = List.of("/forloeb/%d", "/forloeb/%d/forslag", "/forloeb/%d/handleplan",
            "/forloeb/%d/handleplan/versioner/1", "/forloeb/%d/handleplan/udskriv", "/forloeb/%d/matchning",
            "/forloeb/%d/etabler", "/forloeb/%d/timer", "/forloeb/%d/opstartsmoede", "/forloeb/%d/opfoelgning",
            "/forloeb/%d/honorar", "/forloeb/%d/tilskud", "/forloeb/%d/afslut");
    static final List<String> POST_ROUTES = List.of("/forloeb/%d/forslag", "/forloeb/%d/handleplan",
            "/forloeb/%d/etabler", "/forloeb/%d/overdrag", "/forloeb/%d/timer",
            "/forloeb/%d/ansvarlig", "/forloeb/%d/opstartsmoede", "/forloeb/%d/opfoelgning", "/forloeb/%d/honorar",
            "/forloeb/%d/tilskud", "/forloeb/%d/fortsaettelse", "/forloeb/%d/afslut");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    LoginSessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new LoginSessions(mvc);
    }

    long courseOf(String clientName) {
        String[] parts = clientName.split(" ", 2);
        return jdbc.queryForObject("""
                select k.id from mentor_course k join client c on c.id = k.client_id
                where c.first_name = ? and c.last_name = ? order by k.id desc limit 1
                """, Long.class, parts[0], parts[1]);
    }

    /** The page the request answers with 200. */
    private String okPage(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The caseworker's establishment of the course as posted from its form. */
    private MockHttpServletRequestBuilder establishment(long id, Object version, String agreedHours, String startDate) {
        return post("/forloeb/" + id + "/etabler").session(sessions.of(DemoUsers.CASEWORKER)).with(csrf())
                .param("version", version.toString()).param("agreedHours", agreedHours).param("startDate", startDate);
    }

    long auditCount(String action, Object subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(subjectId));
    }

    @Test
    void AZ2_anotherAreasCourseAnswers404OnEveryRouteChangesNothingAndIsAudited() throws Exception {
        long id = courseOf(DemoCourses.OVERDUE_CLIENT);
        Map<String, Object> before = jdbc.queryForMap("select version, state, agreed_hours from mentor_course where id = ?", id);
        long meetingsBefore = jdbc.queryForObject("select count(*) from course_meeting where course_id = ?", Long.class, id);
        long deniedBefore = auditCount("ACCESS_DENIED", id);
        MockHttpSession south = sessions.of(DemoUsers.CASEWORKER_SOUTH);
        for (String route : GET_ROUTES) {
            mvc.perform(get(route.formatted(id)).session(south)).andExpect(status().isNotFound());
        }
        for (String route : POST_ROUTES) {
            mvc.perform(post(route.formatted(id)).session(south).with(csrf())
                            .param("version", before.get("version").toString()).param("agreedHours", "1")
                            .param("heldOn", "2026-01-01").param("participants", "x").param("agreements", "x")
                            .param("reason", "BY_AGREEMENT").param("endedOn", "2026-01-01").param("note", "x"))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForMap("select version, state, agreed_hours from mentor_course where id = ?", id))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from course_meeting where course_id = ?", Long.class, id))
                .isEqualTo(meetingsBefore);
        assertThat(auditCount("ACCESS_DENIED", id) - deniedBefore).isEqualTo(GET_ROUTES.size() + POST_ROUTES.size());
    }

    @Test
    void AZ2_theSouthernCaseworkerSeesTheirOwnCourseAndNotHovedstadensInTheList() throws Exception {
        String html = okPage(get("/forloeb").session(sessions.of(DemoUsers.CASEWORKER_SOUTH)));
        assertThat(html).contains(DemoCourses.SOUTH_CLIENT).doesNotContain(DemoCourses.OVERDUE_CLIENT);
    }

    @Test
    void AU1_readingACoursePageWritesOneAuditRow() throws Exception {
        long id = courseOf(DemoCourses.KICK_OFF_CLIENT);
        long before = auditCount("COURSE_VIEWED", id);
        mvc.perform(get("/forloeb/" + id).session(sessions.of(DemoUsers.CASEWORKER))).andExpect(status().isOk());
        assertThat(auditCount("COURSE_VIEWED", id)).isEqualTo(before + 1);
    }

    @Test
    void IN1_aRefusedEstablishmentKeepsTheInputShowsEveryRuleAndChangesNothing() throws Exception {
        long id = courseOf(DemoCourses.PREPARING_CLIENT);
        Map<String, Object> before = jdbc.queryForMap("select version, state from mentor_course where id = ?", id);
        String html = okPage(establishment(id, before.get("version"), "7,5x", "2020-01-01"));
        assertThat(html).contains("error-summary").contains("aria-invalid=\"true\"")
                .contains("§13 stk. 2:").contains("value=\"2020-01-01\"");
        assertThat(jdbc.queryForMap("select version, state from mentor_course where id = ?", id)).isEqualTo(before);
    }

    @Test
    void CI1_aStaleProposalIsRefusedWithTheInputKept() throws Exception {
        long id = courseOf(DemoCourses.PREPARING_CLIENT);
        long version = jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id);
        String html = okPage(post("/forloeb/" + id + "/forslag").session(sessions.of(DemoUsers.CASEWORKER))
                        .with(csrf()).param("version", String.valueOf(version - 1)).param("proposal", "PROPOSED")
                        .param("proposalText", "Naboen Bente"));
        assertThat(html).contains("En anden har gemt ændringer").contains("Naboen Bente");
        assertThat(jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id)).isEqualTo(version);
    }

    @Test
    void C8_theCaseworkersStartPageShowsTheOverdueReviewFirst() throws Exception {
        String html = okPage(get("/").session(sessions.of(DemoUsers.CASEWORKER)));
        int table = html.indexOf("data-testid=\"my-courses\"");
        assertThat(table).isPositive();
        String rows = html.substring(table);
        int overdue = rows.indexOf(DemoCourses.OVERDUE_CLIENT);
        assertThat(overdue).isPositive();
        assertThat(rows.indexOf(DemoCourses.KICK_OFF_CLIENT)).isGreaterThan(overdue);
        assertThat(rows.indexOf(DemoCourses.INMATE_CLIENT)).isGreaterThan(overdue);
        assertThat(rows.substring(0, rows.indexOf(DemoCourses.KICK_OFF_CLIENT))).contains("Forfalden");
    }

    @Test
    void C8_theCoordinatorSeesTheAreaByStateAndTheOverdueReview() throws Exception {
        String html = okPage(get("/").session(sessions.of(DemoUsers.COORDINATOR)));
        assertThat(html).contains("panel-area-courses").contains("Aktivt: ").contains("area-without-mentor");
        // The panel shows the area's 25 most overdue courses; other test classes' courses share this area and
        // may come before the demo's overdue review, so the demo course itself is checked on its own page.
        int panel = html.indexOf("data-testid=\"area-overdue\"");
        assertThat(html.substring(panel, html.indexOf("</ul>", panel))).contains("Forfalden");
    }

    @Test
    void everyCoursePageOfTheDemoDataRendersForTheCaseworker() throws Exception {
        MockHttpSession session = sessions.of(DemoUsers.CASEWORKER);
        for (String client : List.of(DemoCourses.OVERDUE_CLIENT, DemoCourses.KICK_OFF_CLIENT, DemoCourses.INMATE_CLIENT,
                DemoCourses.ENDED_CLIENT, DemoCourses.PREPARING_CLIENT)) {
            long id = courseOf(client);
            for (String route : GET_ROUTES) {
                int status = mvc.perform(get(route.formatted(id)).session(session)).andReturn().getResponse().getStatus();
                // The course's matching step leads to the one matching page (a redirect).
                assertThat(status).as(route.formatted(id) + " for " + client)
                        .isIn(route.endsWith("/matchning") ? List.of(200, 302, 404) : List.of(200, 404));
            }
        }
        String ended = mvc.perform(get("/forloeb/" + courseOf(DemoCourses.ENDED_CLIENT)).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(ended).contains("goal-outcomes").contains("Delvist opnået");
    }
    @Test
    void CI1_aSecondCaseworkerSavingTheSamePlanIsToldAndKeepsTheirInput() throws Exception {
        long id = courseOf(DemoCourses.PREPARING_CLIENT);
        long planVersion = jdbc.queryForObject("select version from action_plan where course_id = ?", Long.class, id);
        MockHttpSession first = sessions.of(DemoUsers.CASEWORKER);
        MockHttpSession second = sessions.fresh(DemoUsers.COORDINATOR);
        mvc.perform(post("/forloeb/" + id + "/handleplan").session(first).with(csrf())
                        .param("planVersion", String.valueOf(planVersion)).param("needDescription", "Første udgave af behovet")
                        .param("goals[0].needArea", "COMPANIONS").param("goals[0].description", "Nyt netværk")
                        .param("tasks[0].taskGroup", "PRACTICAL").param("tasks[0].mentorTasks", "Struktur"))
                .andExpect(status().is3xxRedirection());
        String html = okPage(post("/forloeb/" + id + "/handleplan").session(second).with(csrf())
                        .param("planVersion", String.valueOf(planVersion)).param("needDescription", "Anden udgave af behovet")
                        .param("goals[0].needArea", "ALCOHOL_DRUG").param("goals[0].description", "Stoffri hverdag")
                        .param("tasks[0].taskGroup", "PRACTICAL").param("tasks[0].mentorTasks", "Følge til behandling"));
        assertThat(html).contains("En anden har gemt ændringer").contains("Anden udgave af behovet").contains("Stoffri hverdag");
        assertThat(jdbc.queryForObject("""
                select v.need_description from action_plan_version v join action_plan p on p.id = v.plan_id
                where p.course_id = ? and v.number = p.current_number
                """, String.class, id)).isEqualTo("Første udgave af behovet");
    }

    @Test
    void CI1_aSecondEstablishmentDecisionOnAStaleFormIsToldAndChangesNothing() throws Exception {
        long id = courseOf(DemoCourses.KICK_OFF_CLIENT);
        Map<String, Object> before = jdbc.queryForMap("select version, mentor_id, agreed_hours from mentor_course where id = ?", id);
        String html = okPage(establishment(id, before.get("version"), "2", "2099-01-01").param("responsibleUserId", "1"));
        assertThat(html).contains("Der er allerede truffet afgørelse om etablering").contains("value=\"2099-01-01\"");
        assertThat(jdbc.queryForMap("select version, mentor_id, agreed_hours from mentor_course where id = ?", id))
                .isEqualTo(before);
    }

    @Test
    void coursePagesRunAFixedNumberOfStatementsWhateverTheNumberOfCourses() throws Exception {
        MockHttpSession caseworker = sessions.fresh(DemoUsers.CASEWORKER);
        MockHttpSession coordinator = sessions.fresh(DemoUsers.COORDINATOR);
        long course = courseOf(DemoCourses.OVERDUE_CLIENT);
        PageVisits pages = new PageVisits(mvc).as("caseworker", caseworker, "/", "/forloeb", "/forloeb/" + course)
                .as("coordinator", coordinator, "/");
        Map<String, Integer> before = pages.statements();
        List<Long> clients = jdbc.queryForList("""
                select c.id from client c where c.area_id = 1 and c.custody_status = 'UNDER_SUPERVISION'
                  and not (c.first_name = 'Ahmad' and c.last_name = 'Rahimi')
                  and not exists (select 1 from mentor_course k where k.client_id = c.id) order by c.id desc limit 4
                """, Long.class);
        long user = jdbc.queryForObject("select id from app_user where username = 'sagsbehandler'", Long.class);
        for (long client : clients) {
            long id = jdbc.queryForObject("""
                    insert into mentor_course (client_id, area_id, state, planned_start, mentor_id, agreed_hours,
                        responsible_user_id, responsible_name, start_date, created_at, created_by, created_by_name, updated_at)
                    values (?, 1, 'ACTIVE', current_date, (select mentor_id from mentor_course where id = ?), 0.5, ?,
                            'Signe Holm', current_date - 20, now(), ?, 'Test', now()) returning id
                    """, Long.class, client, course, user, user);
            jdbc.update("""
                    insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                    values (?, 'KICK_OFF', current_date - 10, 'x', 'y', now(), 'Test')
                    """, id);
        }
        assertThat(clients).isNotEmpty();
        assertThat(pages.statements()).isEqualTo(before);
    }

    @Test
    void C2_theHandedOverDemoCourseIsDecidedByTheReceivingAreaAndBothSeeItsHistory() throws Exception {
        long id = courseOf(DemoCourses.HANDED_OVER_CLIENT);
        String former = okPage(get("/forloeb/" + id).session(sessions.of(DemoUsers.CASEWORKER)));
        assertThat(former).contains("course-history").contains("overdraget fra Hovedstaden til Syddanmark")
                .contains("Forløbet behandles nu af Syddanmark").doesNotContain("/etabler\"");
        String receiving = okPage(get("/forloeb/" + id).session(sessions.of(DemoUsers.CASEWORKER_SOUTH)));
        assertThat(receiving).contains("overdraget fra Hovedstaden til Syddanmark").contains("/forloeb/" + id + "/etabler");
        long version = jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id);
        for (String form : List.of("/forslag", "/etabler", "/handleplan")) {
            mvc.perform(get("/forloeb/" + id + form).session(sessions.of(DemoUsers.CASEWORKER)))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/forloeb/" + id))
                    .andExpect(flash().attribute("flashInfo", "course.C1.otherArea"));
        }
        mvc.perform(post("/forloeb/" + id + "/forslag").session(sessions.of(DemoUsers.CASEWORKER))
                        .with(csrf()).param("version", String.valueOf(version)).param("proposal", "PROPOSED")
                        .param("proposalText", "Naboen"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashInfo", "course.C1.otherArea"));
        assertThat(jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id)).isEqualTo(version);
        String page = mvc.perform(get("/forloeb/" + id).session(sessions.of(DemoUsers.CASEWORKER))
                        .flashAttr("flashInfo", "course.C1.otherArea"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("§7 stk. 1:").doesNotContain("(C1)");
    }

    @Test
    void AZ5_theDirectorateSeesTheNationalListButNoCoursePageWithClientData() throws Exception {
        MockHttpSession directorate = sessions.of(DemoUsers.DIRECTORATE);
        String list = okPage(get("/forloeb").session(directorate));
        // the national list (other classes' courses share the run's database, so no particular row is on page 1)
        assertThat(list).contains("badge").doesNotContainPattern("href=\"/forloeb/\\d+\"");
        mvc.perform(get("/forloeb/" + courseOf(DemoCourses.OVERDUE_CLIENT)).session(directorate))
                .andExpect(status().isForbidden());
    }

    @Test
    void C13_theReleasedDemoClientsCourseIsActiveAndAsksForConfirmationOnItsPageAndTheStartPage() throws Exception {
        long id = courseOf(DemoCourses.RELEASED_CLIENT);
        assertThat(jdbc.queryForMap("select state, continuation_to_confirm from mentor_course where id = ?", id))
                .containsEntry("state", "ACTIVE").containsEntry("continuation_to_confirm", "RELEASE");
        MockHttpSession caseworker = sessions.of(DemoUsers.CASEWORKER);
        assertThat(mvc.perform(get("/forloeb/" + id).session(caseworker)).andReturn().getResponse().getContentAsString())
                .contains("continuation-to-confirm").contains("Bekræft, at forløbet fortsætter");
        assertThat(mvc.perform(get("/").session(caseworker)).andReturn().getResponse().getContentAsString())
                .contains("Bekræft fortsættelse");
    }
}
