package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;

/**
 * Issue 16: the accessibility statement follows Digitaliseringsstyrelsen's template: the date, the compliance
 * status, the known issues, how it was assessed, a phone and a written contact, and the enforcement procedure.
 */
@IntegrationTest
class AccessibilityStatementTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStatementHasEveryPartOfTheTemplateAndIsPublic() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/tilgaengelighed")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("<h1>Tilgængelighedserklæring</h1>", "Oplever du ikke-tilgængeligt indhold?",
                "Overholdelsesstatus", "overholder delvist", "Ikke-tilgængeligt indhold", "Sådan er tilgængeligheden vurderet",
                "Håndhævelsesprocedure", "Erklæringen blev udarbejdet 1. december 2026", "Telefon:", "E-mail:",
                "href=\"https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/\"",
                "Menu", "Fejl:");
    }
}
