package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** SECURITY.md AS2, AS4, AS5, WS1-WS4 and AU3 against the running application. */
class SecurityIntegrationTest extends IntegrationTestBase {

    private static final String PASSWORD = "en lang og god adgangskode til test";

    @Autowired
    UserAdministration users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @LocalServerPort
    int port;

    private String newUser() {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, PASSWORD, new Assignment("Test Bruger", Role.CASEWORKER, 1L, 104L, false));
        return username;
    }

    private int audited(String action, String username) {
        Integer count = jdbc.queryForObject("select count(*) from audit_event where action = ? and username = ?",
                Integer.class, action, username);
        return count == null ? 0 : count;
    }

    @Test
    void AS4_accountIsLockedAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("forkert adgangskode nummer " + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
        assertThat(audited("LOGIN_FAILED", username)).isEqualTo(4);
        assertThat(audited("LOGIN_LOCKED", username)).isEqualTo(2);
    }

    @Test
    void AS4_lockEndsAfterTheLockoutPeriod() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("forkert adgangskode " + i));
        }
        // The lockout (15 minutes) has passed:
        // The lock is keyed on the account (AS4), whatever spelling of the name was typed.
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("update login_throttle set locked_until = now() - interval '1 second' where username_hash = ?",
                LoginThrottle.accountKey(id));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void AS4_unknownUserAndWrongPasswordLookTheSameAndAreThrottledAlike() throws Exception {
        String known = newUser();
        String unknown = "findes-ikke-" + UUID.randomUUID();
        MvcResult wrongPassword = mvc.perform(formLogin().user(known).password("forkert adgangskode")).andReturn();
        MvcResult unknownUser = mvc.perform(formLogin().user(unknown).password("forkert adgangskode")).andReturn();
        assertThat(unknownUser.getResponse().getStatus()).isEqualTo(wrongPassword.getResponse().getStatus());
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(unknown).password("forkert " + i));
        }
        Integer locked = jdbc.queryForObject(
                "select count(*) from login_throttle where username_hash = ? and locked_until > now()",
                Integer.class, LoginThrottle.key(unknown));
        assertThat(locked).isEqualTo(1);
        assertThat(jdbc.queryForList("select username_hash from login_throttle", String.class))
                .as("typed user names are not stored in clear").doesNotContain(unknown);
    }

    @Test
    void AS2_passwordsAreHashedWithPbkdf2AndEveryByteCounts() {
        String danish = "æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå-slut-A";
        String hash = passwordEncoder.encode(danish);
        assertThat(hash).startsWith("{pbkdf2-sha256-");
        assertThat(passwordEncoder.matches(danish, hash)).isTrue();
        assertThat(passwordEncoder.matches(danish.replace("slut-A", "slut-B"), hash))
                .as("a difference after byte 72 is still a different password (unlike BCrypt)").isFalse();
    }

    @Test
    void AS5_sessionIdIsRenewedAtLogin() throws Exception {
        String username = newUser();
        RealHttp browser = new RealHttp(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();
        HttpResponse<String> login = browser.login(username, PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void AS5_sessionCookieIsHttpOnlyAndSameSiteAndNeverInUrls() throws Exception {
        HttpResponse<String> response = http("GET", "/login");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("MENTORSESSION=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid").doesNotContain("MENTORSESSION");
    }

    @Test
    void WS1_changeWithoutCsrfTokenIsRefusedAndAudited() throws Exception {
        String username = newUser();
        MockHttpSession session = sessions.fresh(username, PASSWORD);
        mvc.perform(post("/session/forlaeng").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/session/forlaeng").session(session).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(audited("CSRF_FAILURE", username)).isEqualTo(2);
    }

    @Test
    void WS1_changeWithCsrfTokenInFormOrHtmxHeaderIsAccepted() throws Exception {
        MockHttpSession session = sessions.of(TestUsers.CASEWORKER);
        mvc.perform(post("/session/forlaeng").session(session).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(post("/session/forlaeng").session(session).with(csrf().asHeader())).andExpect(status().isNoContent());
    }

    @Test
    void WS2_everyPageHasSecurityHeadersWithAFreshCspNonce() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/login")).andReturn().getResponse();
        String csp = first.getHeader("Content-Security-Policy");
        assertThat(csp).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self' 'nonce-");
        assertThat(second.getHeader("Content-Security-Policy")).isNotEqualTo(csp);
        assertThat(first.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(first.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(first.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(first.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void WS3_onlyHealthIsExposedAndNoVersionOrTrace() throws Exception {
        HttpResponse<String> health = http("GET", "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        for (String internal : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/mappings"}) {
            HttpResponse<String> response = http("GET", internal);
            assertThat(response.statusCode()).as(internal).isNotEqualTo(200);
            assertThat(response.body()).as(internal).doesNotContain("propertySources").doesNotContain("_links");
        }
        assertThat(health.headers().firstValue("Server")).isEmpty();
        assertThat(http("TRACE", "/login").statusCode()).isIn(403, 405);
    }

    @Test
    void WS4_unknownUrlShowsTheDanish404PageWithTheCorrelationIdOfTheLog() throws Exception {
        RealHttp browser = new RealHttp(port);
        browser.login(TestUsers.CASEWORKER, TestUsers.PASSWORD);
        HttpResponse<String> response = browser.get("/findes-ikke");
        assertThat(response.statusCode()).isEqualTo(404);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.body()).contains("Siden findes ikke").contains(requestId)
                .doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void WS4_anonymousUnknownUrlGoesToLoginNotToAnErrorPage() throws Exception {
        HttpResponse<String> response = new RealHttp(port).get("/findes-ikke");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void WS4_badIdInUrlIsAFriendly404NotAServerError() throws Exception {
        mvc.perform(get("/omraade/enheder/abc").session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isNotFound());
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
