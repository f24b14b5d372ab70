package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 16 in the browser: the caseworker finds a client from the header by name and by CPR number
 * (neither in the address, DP3), and sorts the course list by a column both ways with the keyboard;
 * every page checked with axe, at 1280 px and at 320 px (WS5).
 */
class StartAndListsJourneyTest extends BrowserTest {

    @Test
    void caseworkerFindsAClientFromTheHeaderByNameAndByCprNumber() {
        login(DemoUsers.CASEWORKER);
        assertThat(page.getByTestId("quick-actions")).isVisible();
        assertAccessible();

        Locator search = page.getByLabel("Søg klient på navn eller CPR-nummer");
        search.fill("Ida Jensen");
        search.press("Enter");
        page.waitForURL(url("/klienter"));
        assertThat(page.getByTestId("client-table")).containsText("Ida Jensen");
        assertAccessible();

        page.getByLabel("Søg klient på navn eller CPR-nummer").fill("300694-2426");
        page.getByTestId("header-search").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        page.waitForURL(url("/klienter"));
        assertThat(page.getByTestId("cpr-search-active")).isVisible();
        assertThat(page.getByTestId("client-table")).containsText("Ida Jensen");
        assertThat(page.getByTestId("client-table")).containsText("300694-xxxx");
        assertThat(page.getByTestId("client-row")).hasCount(1);
        assertThat(page.url()).doesNotContain("300694").doesNotContain("Jensen");
    }

    @Test
    void caseworkerSortsTheCourseListByClientBothWaysWithTheKeyboard() {
        login(DemoUsers.CASEWORKER);
        open("/forloeb");
        Locator header = page.locator("th").filter(new Locator.FilterOptions().setHasText("Klient"));
        assertThat(header).not().hasAttribute("aria-sort", "ascending");

        page.getByTestId("sort-klient").focus();
        page.keyboard().press("Enter");
        page.waitForURL(url("/forloeb?sortering=klient"));
        assertThat(page.locator("th[aria-sort=ascending]")).containsText("Klient");
        java.util.List<String> ascending = page.locator("[data-testid=course-list] tbody tr td:first-child").allInnerTexts();
        assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertAccessible();

        page.getByTestId("sort-klient").click();
        page.waitForURL(url("/forloeb?sortering=klient&retning=ned"));
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Klient");
        java.util.List<String> descending = page.locator("[data-testid=course-list] tbody tr td:first-child").allInnerTexts();
        assertThat(descending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertAccessible();

        page.setViewportSize(320, 800);
        assertAccessible();
        open("/");
        assertAccessible();
    }
}
