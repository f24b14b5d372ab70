package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.PageVisits;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * The registry's pages run a fixed number of SQL statements however many mentors there are: the search
 * is one query per page, matching one query for every candidate and their facts (no query per mentor).
 */
class RegistrySqlStatementCountTest extends IntegrationTestBase {

    @Test
    void registryPagesRunAFixedNumberOfStatementsWhateverTheNumberOfMentors() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        long client = newInmate(caseworker);
        PageVisits pages = new PageVisits(mvc)
                .as("caseworker", caseworker, "/mentorer", "/mentorer?language=en&minFreeHours=1", "/mentorer/matchning/" + client)
                .as("coordinator", coordinator, "/mentorer/kapacitet", "/")
                .as("directorate", directorate, "/godkendelser");

        Map<String, Integer> before = pages.statements();
        MentorRegistrySteps steps = new MentorRegistrySteps(mvc, jdbc, clock);
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
        Map<String, Integer> after = pages.statements();

        assertThat(after).as("statements per page after adding mentors and approval cases").isEqualTo(before);
        assertThat(before.values()).allMatch(count -> count > 0);
    }

    /** An inmate of Hovedstaden registered through the client form by the caseworker; returns the client id. */
    private long newInmate(MockHttpSession caseworker) throws Exception {
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/klienter/ny")
                        .session(caseworker).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("firstName", "Tælle").param("lastName", "Klient").param("cpr", TestCprNumbers.next())
                        .param("preferredLanguage", "DA").param("status", "INMATE")
                        .param("unitId", String.valueOf(TestUsers.BISPEBJERG))
                        .param("releaseUnitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD))
                        .param("expectedReleaseDate", LocalDate.now(clock).plusMonths(5).toString())
                        .param("statusSince", LocalDate.now(clock).minusMonths(6).toString()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/klienter/\\d+");
        return Long.parseLong(location.substring("/klienter/".length()));
    }
}
