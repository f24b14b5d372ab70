package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/** The course pages over HTTP with the demo data: AZ2, IN1, CI1, AU1 and the start page (DOMAIN §7). */
@IntegrationTest
class CourseIntegrationTest {

    /** Every course route of the feature, with the id filled in. */
    static final List<String> GET_ROUTES = List.of("/forloeb/%d", "/forloeb/%d/forslag", "/forloeb/%d/handleplan",
            "/forloeb/%d/handleplan/versioner/1", "/forloeb/%d/handleplan/udskriv", "/forloeb/%d/matchning",
            "/forloeb/%d/etabler", "/forloeb/%d/timer", "/forloeb/%d/opstartsmoede", "/forloeb/%d/opfoelgning",
            "/forloeb/%d/honorar", "/forloeb/%d/tilskud", "/forloeb/%d/afslut");
    static final List<String> POST_ROUTES = List.of("/forloeb/%d/forslag", "/forloeb/%d/handleplan",
            "/forloeb/%d/matchning", "/forloeb/%d/etabler", "/forloeb/%d/overdrag", "/forloeb/%d/timer",
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
        String html = mvc.perform(get("/forloeb").session(sessions.of(DemoUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
        String html = mvc.perform(post("/forloeb/" + id + "/etabler").session(sessions.of(DemoUsers.CASEWORKER))
                        .with(csrf()).param("version", before.get("version").toString()).param("agreedHours", "7,5x")
                        .param("startDate", "2020-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("error-summary").contains("aria-invalid=\"true\"")
                .contains("§13 stk. 2 (C7)").contains("value=\"2020-01-01\"");
        assertThat(jdbc.queryForMap("select version, state from mentor_course where id = ?", id)).isEqualTo(before);
    }

    @Test
    void CI1_aStaleProposalIsRefusedWithTheInputKept() throws Exception {
        long id = courseOf(DemoCourses.PREPARING_CLIENT);
        long version = jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id);
        String html = mvc.perform(post("/forloeb/" + id + "/forslag").session(sessions.of(DemoUsers.CASEWORKER))
                        .with(csrf()).param("version", String.valueOf(version - 1)).param("proposal", "PROPOSED")
                        .param("proposalText", "Naboen Bente"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("En anden har gemt ændringer").contains("Naboen Bente");
        assertThat(jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, id)).isEqualTo(version);
    }

    @Test
    void C8_theCaseworkersStartPageShowsTheOverdueReviewFirst() throws Exception {
        String html = mvc.perform(get("/").session(sessions.of(DemoUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
        String html = mvc.perform(get("/").session(sessions.of(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("panel-area-courses").contains("Aktivt: ");
        String overdue = html.substring(html.indexOf("data-testid=\"area-overdue\""));
        assertThat(overdue).contains(DemoCourses.OVERDUE_CLIENT);
    }

    @Test
    void everyCoursePageOfTheDemoDataRendersForTheCaseworker() throws Exception {
        MockHttpSession session = sessions.of(DemoUsers.CASEWORKER);
        for (String client : List.of(DemoCourses.OVERDUE_CLIENT, DemoCourses.KICK_OFF_CLIENT, DemoCourses.INMATE_CLIENT,
                DemoCourses.ENDED_CLIENT, DemoCourses.PREPARING_CLIENT)) {
            long id = courseOf(client);
            for (String route : GET_ROUTES) {
                int status = mvc.perform(get(route.formatted(id)).session(session)).andReturn().getResponse().getStatus();
                assertThat(status).as(route.formatted(id) + " for " + client).isIn(200, 404);
            }
        }
        String ended = mvc.perform(get("/forloeb/" + courseOf(DemoCourses.ENDED_CLIENT)).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(ended).contains("goal-outcomes").contains("Delvist opnået");
    }
}
