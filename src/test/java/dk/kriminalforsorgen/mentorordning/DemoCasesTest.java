package dk.kriminalforsorgen.mentorordning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.course.DemoCourses;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/**
 * The one test of the demo data itself (DOMAIN §8): every demo user can log in, and the cases a newcomer
 * should meet exist (a mentor awaiting the directorate, one at the workload cap, an inmate about four
 * months from release, a course whose review is overdue). Every other integration test makes its own data
 * on {@code @IntegrationTest}. The method names carry no rule ID: they check that the demo data shows a rule at
 * work, not the rule itself (the rules catalogue lists only the tests of a rule).
 */
@DemoDataTest
class DemoCasesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyDemoUserCanLogIn() throws Exception {
        for (String user : new String[] {DemoUsers.CASEWORKER, DemoUsers.CASEWORKER_SOUTH, DemoUsers.COORDINATOR,
                DemoUsers.DIRECTORATE, DemoUsers.MENTOR, "sagsbehandler.ny"}) {
            mvc.perform(formLogin().user(user).password(DemoUsers.PASSWORD))
                    .andExpect(authenticated().withUsername(user))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aMentorAwaitsTheDirectorateWithAnOpenCase() {
        assertThat(jdbc.queryForObject("""
                select count(*) from mentor m join approval_case a on a.mentor_id = m.id and a.decision is null
                where m.status = 'AWAITING_DIRECTORATE'""", Integer.class)).isPositive();
    }

    @Test
    void aMentorIsAtTheWorkloadCap() throws Exception {
        String page = mvc.perform(get("/mentorer/kapacitet").session(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Lone Andersen", "På loftet");
    }

    @Test
    void anInmateIsAboutFourMonthsFromRelease() {
        LocalDate today = LocalDate.now(clock);
        assertThat(jdbc.queryForObject("""
                select count(*) from client where custody_status = 'INMATE'
                and expected_release_date between ? and ?""", Integer.class, today.plusMonths(3).plusDays(1),
                today.plusMonths(5))).isPositive();
    }

    @Test
    void aCourseIsOverdueOnTheCoordinatorsStartPage() throws Exception {
        String page = mvc.perform(get("/").session(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        // the panel is bounded (top 25) and other classes add overdue courses to the same area in the run's
        // shared database, so only the panel is checked here; C8's overdue rule is tested on own data
        // (CourseServiceIntegrationTest)
        assertThat(page).contains("data-testid=\"area-overdue\"");
    }
}
