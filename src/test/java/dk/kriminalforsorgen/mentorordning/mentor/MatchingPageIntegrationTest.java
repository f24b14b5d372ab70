package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.client.Clients;
import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * The matching page for a client (DOMAIN §9), C3 proposals and area scoping (AZ2), over HTTP, on the
 * clients and mentors each test registers itself ({@link Clients}, {@link MatchingMentors}) on its own
 * day; mentors are found on the page by their link, since other test classes' mentors share the registry.
 */
class MatchingPageIntegrationTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    MatchingMentors mentors;
    Clients clients;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        mentors = new MatchingMentors(context);
        clients = new Clients(context);
    }

    /** An eligible client of Hovedstaden supervised at KiF København Nord, preferring Arabic. */
    private long client(String firstName) {
        return clients.eligibleOfferDue(TestUsers.CASEWORKER, TestUsers.KIF_KOEBENHAVN_NORD, firstName,
                MentorRegistrySteps.uniqueLastName("Klient"), TestCprNumbers.next(), Language.AR);
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).session(sessions.of(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The matching page showing this test's mentors only (the name search for their shared last name). */
    private String matching(String user, long client) throws Exception {
        return html(user, "/mentorer/matchning/" + client + "?soeg=" + mentors.family());
    }

    /** Where the list of candidates or of the excluded starts; the end of the page when it is not shown. */
    private static int section(String page, String testId) {
        int at = page.indexOf("data-testid=\"" + testId + "\"");
        return at < 0 ? page.length() : at;
    }

    /** Where the mentor's link is on the page (-1: not there), from {@code from} on. */
    private static int link(String page, long mentorId, int from) {
        return page.indexOf("href=\"/mentorer/" + mentorId + "\"", from);
    }

    private String nameOf(long mentorId) {
        return jdbc.queryForObject("select first_name || ' ' || last_name from mentor where id = ?", String.class, mentorId);
    }

    @Test
    void matchingForAClientShowsExcludedMentorsWithReasonsAndRankedOnesWithExplanations() throws Exception {
        long client = client("Ahmad");
        long henrik = mentors.employeeOfTheClientsUnit();
        long lone = mentors.atTheCeiling();
        long fatima = mentors.vettingExpired();
        long jesper = mentors.unavailable();
        long hanne = mentors.awaitingDirectorate();
        long karim = mentors.bestForTheClient();
        String page = matching(TestUsers.CASEWORKER, client);
        String clientName = jdbc.queryForObject("select first_name || ' ' || last_name from client where id = ?",
                String.class, client);
        assertThat(page).contains("Find en mentor til " + clientName, "data-testid=\"match-ranked\"",
                "data-testid=\"match-excluded\"");
        // Excluded with the reason and its paragraph.
        int excluded = section(page, "match-excluded");
        for (long mentor : new long[] {henrik, lone, fatima, jesper, hanne}) {
            assertThat(link(page, mentor, excluded)).as(nameOf(mentor) + " excluded").isPositive();
        }
        assertThat(page).contains("Ansat på den enhed, hvor klienten er placeret eller i tilsyn", "Ingen kapacitet tilbage",
                "Vandelsvurderingen udløb", "Midlertidigt utilgængelig til og med");
        // Ranked with explanations.
        int ranked = section(page, "match-ranked");
        assertThat(link(page, karim, ranked)).isBetween(ranked, excluded);
        assertThat(page).contains("Taler klientens foretrukne sprog", "Samme område som klienten", "timer ledig kapacitet");
        // AZ3: the caseworker sees no hint of a registration.
        assertThat(page).doesNotContain("Registreret i kriminalregisteret", "direktoratet");
        // nor the ID of a vetting rule (M7 consent and check, M8 the directorate's approval) beside a redacted reason
        assertThat(page).doesNotContain("<strong>M8</strong>", "<strong>M7</strong>");
    }

    @Test
    void aPreviousMentorOfTheClientIsRankedAboveABetterMatch() throws Exception {
        long client = client("Ida");
        long karim = mentors.bestForTheClient();
        long ahmed = mentors.inAnotherAreaWithoutTheLanguage();
        OtherCommitments.ended(jdbc, ahmed, client, DAY.minusDays(400), DAY.minusDays(100));
        String page = matching(TestUsers.CASEWORKER, client);
        int ranked = section(page, "match-ranked");
        assertThat(link(page, ahmed, ranked)).isPositive().isLessThan(link(page, karim, ranked));
        assertThat(page).contains("Har tidligere været mentor for klienten");
    }

    @Test
    void AZ2_anotherAreasClientIsNotFoundAndTheAttemptIsAudited() throws Exception {
        long ahmad = client("Ahmad");
        mvc.perform(get("/mentorer/matchning/{id}", ahmad).session(sessions.of(TestUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'CLIENT' "
                + "and subject_id = ? and username = ?", Integer.class, String.valueOf(ahmad), TestUsers.CASEWORKER_SOUTH))
                .isPositive();
    }

    @Test
    void C3_theClientsProposalCreatesAnApplicantLinkedToTheClient() throws Exception {
        long jonas = client("Jonas");
        String last = MentorRegistrySteps.uniqueLastName("Forslag");
        String location = mvc.perform(post("/mentorer/forslag/{id}", jonas).session(sessions.of(TestUsers.CASEWORKER)).with(csrf())
                        .param("firstName", "Bent").param("lastName", last).param("birthDate", "1971-02-03")
                        .param("speaksDanish", "true"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/mentorer/\\d+");
        long id = Long.parseLong(location.substring("/mentorer/".length()));
        assertThat(jdbc.queryForObject("select status || '/' || proposed_for_client_id || '/' || home_area_id from mentor where id = ?",
                String.class, id)).isEqualTo("APPLICANT/" + jonas + "/" + TestUsers.HOVEDSTADEN);
        assertThat(html(TestUsers.CASEWORKER, "/mentorer/" + id)).contains("Foreslået af klienten (§11)");
    }

    @Test
    void M6_caseworkerRecordsACloseRelationAndTheMentorIsExcluded() throws Exception {
        long mette = client("Mette");
        long rasmus = mentors.approved();
        String before = matching(TestUsers.CASEWORKER, mette);
        assertThat(link(before, rasmus, section(before, "match-ranked"))).isBetween(0, section(before, "match-excluded"));
        mvc.perform(post("/mentorer/matchning/{id}/naerstaaende", mette).session(sessions.of(TestUsers.CASEWORKER)).with(csrf())
                        .param("mentorId", String.valueOf(rasmus)).param("declaredBy", "MENTOR")
                        .param("description", "Tidligere kæreste"))
                .andExpect(status().is3xxRedirection());
        String page = matching(TestUsers.CASEWORKER, mette);
        assertThat(link(page, rasmus, section(page, "match-excluded"))).isPositive();
        assertThat(page).contains("Nærtstående til klienten og kan aldrig udpeges (§5 stk. 3)");
    }

    @Test
    void M5_anExceptionNeedsAJustificationAndOnlyTheCoordinatorMayRecordIt() throws Exception {
        long ahmad = client("Ahmad");
        long henrik = mentors.employeeOfTheClientsUnit();
        String refused = mvc.perform(post("/mentorer/matchning/{id}/undtagelse", ahmad).session(sessions.of(TestUsers.COORDINATOR))
                        .with(csrf()).param("mentorId", String.valueOf(henrik)).param("justification", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary");
        assertThat(jdbc.queryForObject("select count(*) from mentor_employee_exception where mentor_id = ? and client_id = ?",
                Integer.class, henrik, ahmad)).isZero();
        mvc.perform(post("/mentorer/matchning/{id}/undtagelse", ahmad).session(sessions.of(TestUsers.CASEWORKER))
                        .with(csrf()).param("mentorId", String.valueOf(henrik)).param("justification", "Klienten ønsker det"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from mentor_employee_exception where mentor_id = ? and client_id = ?",
                Integer.class, henrik, ahmad)).isZero();
        mvc.perform(post("/mentorer/matchning/{id}/undtagelse", ahmad).session(sessions.of(TestUsers.COORDINATOR))
                        .with(csrf()).param("mentorId", String.valueOf(henrik)).param("justification", "Klienten ønsker det"))
                .andExpect(status().is3xxRedirection());
        String page = matching(TestUsers.COORDINATOR, ahmad);
        assertThat(link(page, henrik, section(page, "match-ranked"))).isBetween(0, section(page, "match-excluded"));
    }
}
