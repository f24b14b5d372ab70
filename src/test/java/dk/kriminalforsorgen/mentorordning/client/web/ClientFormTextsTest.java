package dk.kriminalforsorgen.mentorordning.client.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.client.Clients;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.Matches;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16 on the client pages: page titles that name the client and start with "Fejl:" when the form has
 * errors (WCAG 2.4.2), and an error summary in the order of the fields on the page (defect 10).
 */
class ClientFormTextsTest extends IntegrationTestBase {

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SUMMARY_LINK = Pattern.compile("<a class=\"function-link\" href=\"#([\\w-]+)\"");
    private static final Pattern FIELD_ID = Pattern.compile("<(?:input|select|textarea)[^>]*\\bid=\"([\\w-]+)\"");

    MockHttpSession caseworker;

    @BeforeEach
    void logIn() {
        caseworker = sessions.of(TestUsers.CASEWORKER);
    }

    @Test
    void theTitleStartsWithFejlOnlyWhenTheFormHasErrors() throws Exception {
        assertThat(title(get("/klienter/ny"))).isEqualTo("Opret klient – Mentorordning");
        assertThat(title(post("/klienter/ny").with(csrf()))).isEqualTo("Fejl: Opret klient – Mentorordning");
    }

    @Test
    void theClientPageTitleNamesTheClient() throws Exception {
        long id = new Clients(context).eligibleOfferDue(TestUsers.CASEWORKER, TestUsers.KIF_KOEBENHAVN_NORD, "Mikkel",
                "Titelsen", TestCprNumbers.next());
        assertThat(title(get("/klienter/" + id))).isEqualTo("Klient: Mikkel Titelsen – Mentorordning");
        assertThat(title(get("/klienter/" + id + "/status"))).isEqualTo("Skift status – Mikkel Titelsen – Mentorordning");
    }

    /** Defect 10: the summary's order changed on every submit; now it is the order of the fields on the page. */
    @Test
    void theErrorSummaryListsTheErrorsInTheOrderOfTheFieldsEveryTime() throws Exception {
        List<String> first = null;
        for (int i = 0; i < 6; i++) {
            String page = html(post("/klienter/ny").with(csrf()).param("cpr", "12345").param("email", "ikke-en-mail")
                    .param("expectedReleaseDate", "31-02-2027"));
            List<String> summary = Matches.all(SUMMARY_LINK, page);
            assertThat(summary).hasSizeGreaterThanOrEqualTo(5);
            List<String> fields = Matches.all(FIELD_ID, page);
            assertThat(summary).as("the summary follows the fields on the page")
                    .isSortedAccordingTo((a, b) -> Integer.compare(fields.indexOf(a), fields.indexOf(b)));
            if (first == null) {
                first = summary;
            }
            assertThat(summary).isEqualTo(first);
        }
    }

    private String title(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        Matcher title = TITLE.matcher(html(request));
        assertThat(title.find()).isTrue();
        return HtmlUtils.htmlUnescape(title.group(1)).trim();
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(caseworker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
