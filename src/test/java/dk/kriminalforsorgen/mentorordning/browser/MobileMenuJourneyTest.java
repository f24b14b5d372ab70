package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 16, defect 3 (WCAG 1.4.10 reflow, 2.1.1 keyboard): below 992 px DKFDS hides the main menu and
 * "Log af"; the mobile drawer must bring them back, reachable with the keyboard alone.
 */
class MobileMenuJourneyTest extends BrowserTest {

    private static final int MAX_TABS = 40;

    @Test
    void at320PixelsTheKeyboardReachesTheMenuAMenuLinkAndLogOff() {
        Locator drawer = openMenuWithTheKeyboardAt320();
        assertThat(page.locator(".navigation-menu .mainmenu")).isHidden();

        Locator clients = drawer.locator("a.nav-link", new Locator.LocatorOptions().setHasText("Klienter"));
        tabUntil(clients);
        tabUntil(page.getByTestId("mobile-logout"));
        assertAccessible();
        page.keyboard().press("Enter");
        page.waitForURL(url("/login?logget-ud"));
        assertThat(page.locator("h1")).hasText("Log på");
    }

    @Test
    void aMenuLinkInTheDrawerOpensItsPage() {
        Locator clients = openMenuWithTheKeyboardAt320()
                .locator("a.nav-link", new Locator.LocatorOptions().setHasText("Klienter"));
        tabUntil(clients);
        page.keyboard().press("Enter");
        page.waitForURL(url("/klienter"));
        assertThat(page.getByTestId("mobile-menu")).isHidden();
    }

    @Test
    void escapeClosesTheDrawerAndReturnsFocusToTheMenuButton() {
        openMenuWithTheKeyboardAt320();
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("mobile-menu")).isHidden();
        assertThat(page.getByTestId("menu-open")).isFocused();
    }

    @Test
    void atDesktopWidthTheMenuButtonIsHiddenAndTheMenuShown() {
        page.setViewportSize(1366, 900);
        login(DemoUsers.CASEWORKER);
        assertThat(page.getByTestId("menu-open")).isHidden();
        assertThat(page.locator(".navigation-menu .mainmenu")).isVisible();
        assertThat(page.locator(".portal-user button.log-off")).isVisible();
    }

    /** Signs in on a 320 px wide screen, tabs to the Menu button and opens the drawer with Enter. */
    private Locator openMenuWithTheKeyboardAt320() {
        page.setViewportSize(320, 640);
        login(DemoUsers.CASEWORKER);
        tabUntil(page.getByTestId("menu-open"));
        page.keyboard().press("Enter");
        Locator drawer = page.getByTestId("mobile-menu");
        assertThat(drawer).isVisible();
        return drawer;
    }

    /** Presses Tab until the element has the focus; fails if it never gets it. */
    private void tabUntil(Locator target) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("el => el === document.activeElement")) {
                return;
            }
        }
        assertThat(target).isFocused();
    }
}
