package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 10: an anonymous page creates no session (and so no session cookie and no CSRF token in the
 * session): every anonymous request used to cost a session. Signed-in pages still carry the CSRF
 * token for htmx.
 */
class AnonymousSessionTest extends IntegrationTestBase {

    @Test
    void theAccessibilityStatementCreatesNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/tilgaengelighed")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).as("session of an anonymous page").isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies of an anonymous page").isEmpty();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("name=\"_csrf\"");
    }

    @Test
    void aSignedInPageStillCarriesTheCsrfTokenForHtmx() throws Exception {
        MvcResult result = mvc.perform(get("/tilgaengelighed")
                .session(sessions.fresh(TestUsers.CASEWORKER))).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("<meta name=\"_csrf\"");
    }
}
