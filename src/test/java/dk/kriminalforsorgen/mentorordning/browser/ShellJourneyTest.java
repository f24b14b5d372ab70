package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.web.RequestIdFilter;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/** The shell as every demo user sees it: log-in, Danish start page, error pages, log-out (WS5). */
class ShellJourneyTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageIsDanishAndAccessible() {
        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(page.locator("h1")).hasText("Log på");
        assertThat(page).hasTitle("Log på – Mentorordning");
        assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.CASEWORKER, DemoUsers.CASEWORKER_SOUTH, DemoUsers.COORDINATOR,
            DemoUsers.DIRECTORATE, DemoUsers.MENTOR})
    void everyDemoUserSeesAnAccessibleDanishStartPage(String username) {
        login(username);
        assertThat(page.getByTestId("start-heading")).containsText("Velkommen");
        assertThat(page.getByTestId("current-user")).isVisible();
        assertAccessible();

        open("/findes-ikke");
        assertThat(page.locator("h1")).hasText("Siden findes ikke");
        assertThat(page.getByTestId("request-id")).isVisible();
        assertAccessible();

        logout();
        assertThat(page.locator("h1")).hasText("Log på");
    }

    @Test
    void caseworkerSeesTheDanishAccessDeniedPage() {
        login(DemoUsers.CASEWORKER);
        open("/admin/brugere");
        assertThat(page.locator("h1")).hasText("Du har ikke adgang");
        assertAccessible();
    }

    @Test
    void wrongPasswordShowsOneDanishMessageAndIsAccessible() {
        login(DemoUsers.CASEWORKER_SOUTH, "helt-forkert-adgangskode");
        assertThat(page.getByTestId("login-error")).containsText("Brugernavn eller adgangskode er forkert");
        assertAccessible();
    }

    /**
     * WS4/WS5: the error pages that a browser cannot provoke on purpose (400, 409, 500) are rendered
     * by the real error controller for a signed-in user and checked in the browser like any page.
     */
    @ParameterizedTest
    @ValueSource(ints = {400, 409, 500})
    void errorPagesAreDanishAndAccessible(int status) throws Exception {
        MockHttpSession session = new LoginSessions(mvc).of(DemoUsers.CASEWORKER);
        String html = mvc.perform(get("/error").session(session)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestIdFilter.ATTRIBUTE, "test-correlation"))
                .andReturn().getResponse().getContentAsString();
        open("/login");
        page.setContent(html);
        assertThat(page.locator("h1")).not().isEmpty();
        assertThat(page.getByTestId("request-id")).containsText("test-correlation");
        org.assertj.core.api.Assertions.assertThat(html).doesNotContain("Exception").contains("lang=\"da\"");
        assertAccessible();
    }

    @Test
    void skipLinkIsHiddenUntilFocusedAndLeadsToTheContent() {
        open("/login");
        org.assertj.core.api.Assertions.assertThat(page.locator("a.skipnav").boundingBox().y).isNegative();
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skipnav")).isFocused();
        page.waitForFunction("() => document.querySelector('a.skipnav').getBoundingClientRect().top >= 0");
        org.assertj.core.api.Assertions.assertThat(page.locator("a.skipnav").boundingBox().y).isGreaterThanOrEqualTo(0);
    }

    /** Guards the guard: the axe check really fails on an inaccessible page. */
    @Test
    void axeCheckDetectsViolations() {
        open("/login");
        page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><img src='a.png'>"
                + "<input type='text'></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("html-has-lang");
    }

    @Test
    void accessibilityStatementIsPublicAndAccessible() {
        open("/tilgaengelighed");
        assertThat(page.locator("h1")).hasText("Tilgængelighedserklæring");
        assertAccessible();
    }
}
