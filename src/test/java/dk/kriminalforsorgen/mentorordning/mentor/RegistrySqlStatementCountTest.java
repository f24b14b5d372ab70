package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.SqlStatementCounter;

/**
 * The registry's pages run a fixed number of SQL statements however many mentors there are: the search
 * is one query per page, matching one query for every candidate and their facts (no query per mentor).
 */
@DemoDataTest
class RegistrySqlStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registryPagesRunAFixedNumberOfStatementsWhateverTheNumberOfMentors() throws Exception {
        LoginSessions sessions = new LoginSessions(mvc);
        MockHttpSession caseworker = sessions.fresh(DemoUsers.CASEWORKER);
        MockHttpSession coordinator = sessions.fresh(DemoUsers.COORDINATOR);
        MockHttpSession directorate = sessions.fresh(DemoUsers.DIRECTORATE);
        long client = jdbc.queryForObject("select id from client where first_name = 'Ahmad' and last_name = 'Rahimi'", Long.class);
        Map<String, MockHttpSession> pages = new LinkedHashMap<>();
        pages.put("/mentorer", caseworker);
        pages.put("/mentorer?language=en&minFreeHours=1", caseworker);
        pages.put("/mentorer/matchning/" + client, caseworker);
        pages.put("/mentorer/kapacitet", coordinator);
        pages.put("/ ", coordinator);
        pages.put("/godkendelser", directorate);

        Map<String, Integer> before = countAll(pages);
        MentorRegistrySteps steps = new MentorRegistrySteps(mvc, jdbc);
        for (int i = 0; i < 4; i++) {
            long id = steps.registeredCandidate(coordinator, "Tæller", MentorRegistrySteps.uniqueLastName("Antal"), "Bøde for spirituskørsel 2016 (testnote)");
            steps.flag(coordinator, id, "Begrundelse for tælling");
            long approved = steps.applicant(coordinator, "Tæller", MentorRegistrySteps.uniqueLastName("Godkendt"));
            steps.consent(coordinator, approved);
            steps.check(coordinator, approved, "NOT_REGISTERED", null);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mentorer/{id}/afgoerelse", approved)
                    .session(coordinator).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("decision", "APPROVE").param("reason", "ok").param("version", String.valueOf(steps.version(approved))));
        }
        Map<String, Integer> after = countAll(pages);

        assertThat(after).as("statements per page after adding mentors and approval cases").isEqualTo(before);
        assertThat(before.values()).allMatch(count -> count > 0);
    }

    private Map<String, Integer> countAll(Map<String, MockHttpSession> pages) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, MockHttpSession> page : pages.entrySet()) {
            String path = page.getKey().strip();
            mvc.perform(get(path).session(page.getValue()));
            counts.put(page.getKey(), SqlStatementCounter.count(() -> mvc.perform(get(path).session(page.getValue()))));
        }
        return counts;
    }
}
