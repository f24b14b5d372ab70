package dk.kriminalforsorgen.mentorordning.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The common start of the integration tests whose courses and people come from {@link Reports}: the factory per test
 * ({@code world}), and sessions of its users (who all have {@link Reports#PASSWORD}).
 */
public abstract class ReportsTestBase extends IntegrationTestBase {

    protected Reports world;

    /** The sessions {@link #as} has made in this test; clear it to make the next ones anew. */
    protected final Map<String, MockHttpSession> signedIn = new HashMap<>();

    @BeforeEach
    final void createReports() {
        world = new Reports(context);
    }

    /** A session of one of the world's users, logged in once per test. */
    protected MockHttpSession as(String user) {
        return signedIn.computeIfAbsent(user, u -> sessions.fresh(u, Reports.PASSWORD));
    }

    /** The page the request answers the user with 200, its character references resolved ("&oslash;" is "ø"). */
    protected String html(MockHttpServletRequestBuilder request, String user) throws Exception {
        return html(request, as(user));
    }

    /** The page the request answers in the session with 200, its character references resolved. */
    protected String html(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** The part of a page from the element with this test id to the end of its section or table ({@code end}). */
    protected static String part(String page, String testId, String end) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as("%s is on the page", testId).isPositive();
        return page.substring(start, page.indexOf(end, start));
    }
}
