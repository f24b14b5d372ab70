package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/** The shell as every demo user sees it: log-in, Danish start page, error pages, log-out (WS5). */
class ShellJourneyTest extends BrowserTest {

    @Test
    void loginPageIsDanishAndAccessible() {
        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(page.locator("h1")).hasText("Log på");
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
