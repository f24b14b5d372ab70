package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;

/** The matching page for a demo client (DOMAIN §9), C3 proposals and area scoping (AZ2), over HTTP. */
@DemoDataTest
class MatchingPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    LoginSessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new LoginSessions(mvc);
    }

    private long client(String first, String last) {
        return jdbc.queryForObject("select id from client where first_name = ? and last_name = ?", Long.class, first, last);
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void matchingForADemoClientShowsExcludedMentorsWithReasonsAndRankedOnesWithExplanations() throws Exception {
        String page = html(DemoUsers.CASEWORKER, "/mentorer/matchning/" + client("Ahmad", "Rahimi"));
        assertThat(page).contains("Find en mentor til Ahmad Rahimi", "match-ranked", "match-excluded");
        // Excluded with the reason and its paragraph.
        assertThat(page).contains("Henrik Mortensen", "Ansat på den enhed, hvor klienten er placeret eller i tilsyn");
        assertThat(page).contains("Ole Madsen", "Nærtstående til klienten og kan aldrig udpeges (§5 stk. 3)");
        assertThat(page).contains("Lone Andersen", "Ingen kapacitet tilbage");
        assertThat(page).contains("Fatima Jama", "Vandelsvurderingen udløb");
        assertThat(page).contains("Jesper Kristensen", "Midlertidigt utilgængelig til og med");
        // Ranked with explanations.
        assertThat(page).contains("Karim Nielsen", "Taler klientens foretrukne sprog", "Samme område som klienten",
                "timer ledig kapacitet");
        // AZ3: the caseworker sees no hint of a registration.
        assertThat(page).doesNotContain("Registreret i kriminalregisteret", "direktoratet");
        // nor the ID of a vetting rule (M7 consent and check, M8 the directorate's approval) beside a redacted reason
        assertThat(page).doesNotContain("<strong>M8</strong>", "<strong>M7</strong>");
    }

    @Test
    void aPreviousMentorOfTheDemoClientIsRankedFirst() throws Exception {
        String page = html(DemoUsers.CASEWORKER, "/mentorer/matchning/" + client("Ida", "Jensen"));
        int ranked = page.indexOf("match-ranked");
        assertThat(page.indexOf("Karim Nielsen", ranked)).isLessThan(page.indexOf("Ahmed Yilmaz", ranked));
        assertThat(page).contains("Har tidligere været mentor for klienten");
    }

    @Test
    void AZ2_anotherAreasClientIsNotFoundAndTheAttemptIsAudited() throws Exception {
        long ahmad = client("Ahmad", "Rahimi");
        mvc.perform(get("/mentorer/matchning/{id}", ahmad).session(sessions.of(DemoUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'CLIENT' "
                + "and subject_id = ? and username = ?", Integer.class, String.valueOf(ahmad), DemoUsers.CASEWORKER_SOUTH))
                .isPositive();
    }

    @Test
    void C3_theClientsProposalCreatesAnApplicantLinkedToTheClient() throws Exception {
        long jonas = client("Jonas", "Friis");
        String last = MentorRegistrySteps.uniqueLastName("Forslag");
        String location = mvc.perform(post("/mentorer/forslag/{id}", jonas).session(sessions.of(DemoUsers.CASEWORKER)).with(csrf())
                        .param("firstName", "Bent").param("lastName", last).param("birthDate", "1971-02-03")
                        .param("speaksDanish", "true"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/mentorer/\\d+");
        long id = Long.parseLong(location.substring("/mentorer/".length()));
        assertThat(jdbc.queryForObject("select status || '/' || proposed_for_client_id || '/' || home_area_id from mentor where id = ?",
                String.class, id)).isEqualTo("APPLICANT/" + jonas + "/1");
        assertThat(html(DemoUsers.CASEWORKER, "/mentorer/" + id)).contains("Foreslået af klienten (§11)");
    }

    @Test
    void M6_caseworkerRecordsACloseRelationAndTheMentorIsExcluded() throws Exception {
        long mette = client("Mette", "Kristensen");
        long rasmus = jdbc.queryForObject("select id from mentor where first_name = 'Rasmus' and last_name = 'Skov'", Long.class);
        mvc.perform(post("/mentorer/matchning/{id}/naerstaaende", mette).session(sessions.of(DemoUsers.CASEWORKER)).with(csrf())
                        .param("mentorId", String.valueOf(rasmus)).param("declaredBy", "MENTOR")
                        .param("description", "Tidligere kæreste"))
                .andExpect(status().is3xxRedirection());
        String page = html(DemoUsers.CASEWORKER, "/mentorer/matchning/" + mette);
        int excluded = page.indexOf("match-excluded");
        assertThat(page.indexOf("Rasmus Skov", excluded)).isPositive();
    }

    @Test
    void M5_coordinatorRecordsAnExceptionAndTheEmployeeBecomesACandidate() throws Exception {
        long ahmad = client("Ahmad", "Rahimi");
        long henrik = jdbc.queryForObject("select id from mentor where first_name = 'Henrik' and last_name = 'Mortensen'", Long.class);
        String refused = mvc.perform(post("/mentorer/matchning/{id}/undtagelse", ahmad).session(sessions.of(DemoUsers.COORDINATOR))
                        .with(csrf()).param("mentorId", String.valueOf(henrik)).param("justification", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary");
        assertThat(jdbc.queryForObject("select count(*) from mentor_employee_exception where mentor_id = ? and client_id = ?",
                Integer.class, henrik, ahmad)).isZero();
        // The exception itself is tested on a synthetic client (MatchingIntegrationTest), to keep the demo data as it is.
        mvc.perform(post("/mentorer/matchning/{id}/undtagelse", ahmad).session(sessions.of(DemoUsers.CASEWORKER))
                        .with(csrf()).param("mentorId", String.valueOf(henrik)).param("justification", "x"))
                .andExpect(status().isForbidden());
    }
}
