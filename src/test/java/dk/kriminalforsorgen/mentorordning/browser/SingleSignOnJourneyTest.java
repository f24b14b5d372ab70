package dk.kriminalforsorgen.mentorordning.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.SingleSignOnAccounts;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 14, AS3: single sign-on against a real OpenID Connect provider (mock-oauth2-server, started here on a
 * random port, with its interactive log-in form), the application configured as in production with the
 * password form switched off. Driven in headless Chromium like the other journeys ({@link BrowserTest}); not a
 * subclass of it, because it needs no demo data and its own provider.
 */
@IntegrationTest
class SingleSignOnJourneyTest {

    private static final String PASSWORD = "en lang og god adgangskode til test";

    /** The staff's identity provider; its log-in form makes the typed name the ID token's {@code sub}. */
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    SingleSignOnAccounts accounts;

    private BrowserContext context;
    private Page page;
    private final List<String> cspViolations = new ArrayList<>();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.start();
        registry.add("mentorordning.security.sso.issuer-uri", () -> PROVIDER.issuerUrl("kriminalforsorgen").toString());
        registry.add("mentorordning.security.sso.client-id", () -> "mentorordning");
        registry.add("mentorordning.security.sso.client-secret", () -> "test-hemmelighed");
        registry.add("mentorordning.security.local-login-enabled", () -> "false");
    }

    @BeforeAll
    static void startBrowser() {
        Chromium.start("Single sign-on journey");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    /** Only the application's pages are held to its Content Security Policy, not the provider's. */
    @BeforeEach
    void openContext() {
        context = Chromium.newContext();
        page = Chromium.newPage(context, shown -> shown.url().startsWith(url("")), cspViolations);
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
    }

    @Test
    void AS3_AS5_aKnownStaffMemberSignsInThroughTheProviderAndTheSessionIsLikeALocalOne() {
        Linked staff = staffMemberLinkedToTheProvider();

        page.navigate(url("/"));
        page.waitForURL(url("/login"));
        assertThat(page.locator("#password").count()).as("no password form when local log-in is off").isZero();
        assertThat(page.getByText("Log ind med Kriminalforsorgens login").isVisible()).isTrue();
        assertAccessible();
        String sessionBefore = sessionCookie();

        signInAtProvider(staff.externalId());
        // Back at the page asked for (Spring Security marks a replayed saved request with "?continue").
        page.waitForURL(address -> address.equals(url("/")) || address.equals(url("/?continue")));
        assertThat(page.locator("[data-testid=current-user]").textContent())
                .contains(staff.user().getDisplayName()).contains("Mentortovholder");
        assertAccessible();

        // AS5: a new session id after the sign-in; the session is indexed by the local user name (AS7) and has
        // the idle timeout of every session (AS6).
        assertThat(sessionCookie()).isNotEqualTo(sessionBefore);
        assertThat(jdbc.queryForList("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, staff.user().getUsername())).containsExactly(15 * 60);
        assertThat(jdbc.queryForList("select details from audit_event where action = 'LOGIN_SUCCEEDED' and user_id = ?",
                String.class, staff.user().getId())).containsExactly("method=oidc");

        // WS1: a change without the CSRF token is refused, with it accepted.
        assertThat(page.request().post(url("/session/forlaeng")).status()).isEqualTo(403);
        String token = page.locator("meta[name=_csrf]").getAttribute("content");
        assertThat(page.request().post(url("/session/forlaeng"),
                RequestOptions.create().setHeader("X-CSRF-TOKEN", token)).status()).isEqualTo(204);

        // AS7: log-out ends the session.
        page.locator(".portal-user button.log-off").click();
        page.waitForURL(url("/login?logget-ud"));
        page.navigate(url("/"));
        page.waitForURL(url("/login"));
    }

    @Test
    void AS3_anUnknownUserIsRefusedWithADanishPageAndAudited() {
        String unknown = "ukendt-" + UUID.randomUUID();
        page.navigate(url("/login"));
        signInAtProvider(unknown);
        page.waitForURL(url("/login/sso-afvist"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Du kan ikke logge på Mentorordning");
        assertThat(page.locator("[data-testid=sso-refused]").textContent()).contains("ikke knyttet til en aktiv bruger");
        assertAccessible();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'LOGIN_SSO_REFUSED' and username = ?",
                String.class, unknown)).containsExactly("unknown");
        page.navigate(url("/"));
        page.waitForURL(url("/login"));
    }

    @Test
    void AS3_AS7_aDisabledUserIsRefusedAndDisablingEndsTheirSingleSignOnSession() {
        Linked staff = staffMemberLinkedToTheProvider();
        page.navigate(url("/login"));
        signInAtProvider(staff.externalId());
        page.waitForURL(url("/"));

        users.setEnabled(staff.user().getId(), false);
        page.navigate(url("/"));
        page.waitForURL(url("/login?udloebet"));

        signInAtProvider(staff.externalId());
        page.waitForURL(url("/login/sso-afvist"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Du kan ikke logge på Mentorordning");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'LOGIN_SSO_REFUSED' and username = ?",
                String.class, staff.externalId())).containsExactly("disabled");
    }

    @Test
    void AS3_withLocalLogInSwitchedOffAPostedPasswordIsRefused() throws Exception {
        String successes = "select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and username = ?";
        int before = jdbc.queryForObject(successes, Integer.class, TestUsers.CASEWORKER);
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"password\""))))
                .andExpect(content().string(containsString("Log ind med Kriminalforsorgens login")));
        mvc.perform(formLogin().user(TestUsers.CASEWORKER).password(TestUsers.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        // other classes sign the same test user in on the suite's shared database: count this test's own
        assertThat(jdbc.queryForObject(successes, Integer.class, TestUsers.CASEWORKER)).isEqualTo(before);
    }

    /** A staff member (a coordinator of Hovedstaden) and the subject the provider knows them by. */
    private record Linked(AppUser user, String externalId) {
    }

    /** A new staff member whose account is linked to a subject of the provider (made by the administration). */
    private Linked staffMemberLinkedToTheProvider() {
        AppUser user = users.create("sso." + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
                new Assignment("Sif Stenstrup", Role.COORDINATOR, TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false));
        String externalId = "medarbejder-" + UUID.randomUUID();
        accounts.link(user.getId(), externalId);
        return new Linked(user, externalId);
    }

    /** From the log-in page: "Log ind med ...", then the provider's own form. */
    private void signInAtProvider(String subject) {
        page.locator("[data-testid=sso-login]").click();
        page.locator("input[name=username]").fill(subject);
        page.locator("input[type=submit]").click();
    }

    private String sessionCookie() {
        return context.cookies(url("/")).stream().filter(c -> c.name.equals("MENTORSESSION"))
                .map(c -> c.value).findFirst().orElse(null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void assertAccessible() {
        Chromium.assertAccessible(page);
    }
}
