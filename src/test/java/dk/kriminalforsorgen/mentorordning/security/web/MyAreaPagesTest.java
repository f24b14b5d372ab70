package dk.kriminalforsorgen.mentorordning.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** "Mit område" (/omraade): the own area's units and staff for caseworkers and coordinators only (AZ2). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyAreaPagesTest extends IntegrationTestBase {

    static final long KIF_KOEBENHAVN_NORD = 104;
    static final long KIF_ODENSE = 304;

    MockHttpSession caseworker;

    @BeforeAll
    void logIn() {
        caseworker = sessions.fresh(TestUsers.CASEWORKER);
    }

    @Test
    void caseworkerSeesTheUnitsAndStaffOfTheirOwnAreaOnly() throws Exception {
        mvc.perform(get("/omraade").session(caseworker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mit område: Hovedstaden")))
                .andExpect(content().string(containsString("KiF København Nord")))
                .andExpect(content().string(containsString("Fængslet Bispebjerg Vest")))
                .andExpect(content().string(containsString("href=\"/omraade/enheder/" + KIF_KOEBENHAVN_NORD + "\"")))
                .andExpect(content().string(containsString("Tina Holm")))
                .andExpect(content().string(containsString("Berit Lund")))
                .andExpect(content().string(not(containsString("KiF Odense"))))
                .andExpect(content().string(not(containsString("Søren Kjær"))))
                .andExpect(content().string(not(containsString("Jonas Vest"))));
    }

    @Test
    void coordinatorInheritsTheAreaPage() throws Exception {
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        mvc.perform(get("/omraade").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mit område: Hovedstaden")));
        mvc.perform(get("/omraade/enheder/" + KIF_KOEBENHAVN_NORD).session(coordinator)).andExpect(status().isOk());
    }

    @Test
    void AZ1_directorateAndMentorGet403OnTheAreaPages() throws Exception {
        for (String name : new String[] {TestUsers.DIRECTORATE, TestUsers.MENTOR}) {
            MockHttpSession session = sessions.fresh(name);
            mvc.perform(get("/omraade").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/omraade/enheder/" + KIF_KOEBENHAVN_NORD).session(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void AZ2_unitOfOwnAreaIsShownWithItsStaff() throws Exception {
        mvc.perform(get("/omraade/enheder/" + KIF_KOEBENHAVN_NORD).session(caseworker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"unit-heading\">KiF København Nord</h1>")))
                .andExpect(content().string(containsString("Kriminalforsorgen i Frihed (KiF)")))
                .andExpect(content().string(containsString("Tina Holm")))
                .andExpect(content().string(containsString("Berit Lund")))
                .andExpect(content().string(not(containsString("Lene Brandt")))); // she works at Bispebjerg
    }

    @Test
    void AZ2_unitOfAnotherAreaAnswers404AndIsAudited() throws Exception {
        int before = deniedAudits(KIF_ODENSE);
        mvc.perform(get("/omraade/enheder/" + KIF_ODENSE).session(caseworker))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("KiF Odense"))))
                .andExpect(content().string(not(containsString("Søren Kjær"))));
        assertThat(deniedAudits(KIF_ODENSE)).isEqualTo(before + 1);
    }

    @Test
    void unknownOrNonNumericUnitAnswers404() throws Exception {
        mvc.perform(get("/omraade/enheder/999999").session(caseworker)).andExpect(status().isNotFound());
        mvc.perform(get("/omraade/enheder/abc").session(caseworker)).andExpect(status().isNotFound());
    }

    private int deniedAudits(long unitId) {
        return jdbc.queryForObject("""
                select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'UNIT'
                and subject_id = ? and username = ?""", Integer.class, String.valueOf(unitId), TestUsers.CASEWORKER);
    }
}
