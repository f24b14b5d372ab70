package dk.kriminalforsorgen.mentorordning.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16 defect 4, C2 (§10): Hovedstaden's caseworker registers an inmate of Fængslet Bispebjerg Vest
 * (Hovedstaden) who will be supervised by KiF Odense (Syddanmark) after release. The form offers "register
 * and hand over"; the client then belongs to Syddanmark (C1), the hand-over is recorded, and Syddanmark
 * sees the client while Hovedstaden no longer does. A client placed in another area is still registered
 * by that area.
 */
class ClientHandoverIntegrationTest extends IntegrationTestBase {

    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2027, 2, 1));
        today = clock.today();
    }

    private MockHttpServletRequestBuilder inmate(String lastName, long unit, long releaseUnit) {
        return post("/klienter/ny").with(csrf()).session(sessions.of(TestUsers.CASEWORKER))
                .param("firstName", "Anna").param("lastName", lastName).param("cpr", TestCprNumbers.next())
                .param("status", "INMATE").param("unitId", String.valueOf(unit))
                .param("releaseUnitId", String.valueOf(releaseUnit))
                .param("expectedReleaseDate", today.plusMonths(5).toString())
                .param("statusSince", today.minusMonths(1).toString());
    }

    private long clients() {
        return jdbc.queryForObject("select count(*) from client", Long.class);
    }

    @Test
    void C2_theFormOffersToRegisterAndHandOverWhenTheReleaseOfficeIsAnotherAreas() throws Exception {
        long before = clients();
        mvc.perform(inmate("Tilbudt", TestUsers.BISPEBJERG, TestUsers.KIF_ODENSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilsynet efter løsladelsen føres af Syddanmark")))
                .andExpect(content().string(containsString("Opret og overdrag til Syddanmark")))
                .andExpect(content().string(not(containsString("Enheden hører under et andet område"))));
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void C2_registerAndHandOverPutsTheClientInTheCompetentAreaAndRecordsTheHandOver() throws Exception {
        mvc.perform(inmate("Overdraget", TestUsers.BISPEBJERG, TestUsers.KIF_ODENSE).param("handOver", "true"))
                .andExpect(redirectedUrl("/klienter"))
                .andExpect(flash().attribute("flashInfo", "client.createdAndHandedOver"))
                .andExpect(flash().attribute("flashArgs", "Syddanmark"));
        long id = jdbc.queryForObject("select id from client where last_name = 'Overdraget'", Long.class);
        assertThat(jdbc.queryForObject("select area_id from client where id = ?", Long.class, id))
                .isEqualTo(TestUsers.SYDDANMARK);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_HANDED_OVER' and subject_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select recorded_by_name from client_custody_status where client_id = ?",
                String.class, id)).isNotBlank();
        mvc.perform(get("/klienter/{id}", id).session(sessions.of(TestUsers.CASEWORKER_SOUTH))).andExpect(status().isOk());
        mvc.perform(get("/klienter/{id}", id).session(sessions.of(TestUsers.CASEWORKER))).andExpect(status().isNotFound());
    }

    @Test
    void C2_aReleaseOfficeOfTheOwnAreaNeedsNoHandOver() throws Exception {
        mvc.perform(inmate("Hjemme", TestUsers.BISPEBJERG, TestUsers.KIF_KOEBENHAVN_NORD))
                .andExpect(status().isFound());
        long id = jdbc.queryForObject("select id from client where last_name = 'Hjemme'", Long.class);
        assertThat(jdbc.queryForObject("select area_id from client where id = ?", Long.class, id))
                .isEqualTo(TestUsers.HOVEDSTADEN);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_HANDED_OVER' and subject_id = ?",
                Long.class, String.valueOf(id))).isZero();
    }

    @Test
    void C1_anInmateOfAnotherAreasPrisonIsRegisteredByThatAreaEvenWithTheHandOverChosen() throws Exception {
        long before = clients();
        mvc.perform(inmate("Fremmed", 301, TestUsers.KIF_ODENSE).param("handOver", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enheden hører under et andet område")));
        assertThat(clients()).isEqualTo(before);
    }
}
