package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 13 as the directorate and a coordinator would try it, on the demo data, every page checked
 * with axe: the directorate's start page with this quarter against the last per area (charts and
 * tables), the national figures; the coordinator reaches an overdue item of the area in two clicks.
 */
class InsightJourneyTest extends BrowserTest {

    @Test
    void directorateSeesThisQuarterAgainstTheLastPerAreaWithChartsAndTables() {
        login(DemoUsers.DIRECTORATE);
        assertThat(page.getByTestId("panel-national-figures")).isVisible();
        assertThat(page.locator("[data-testid=panel-national-figures] svg[role=img]").first()).isVisible();
        assertThat(page.locator("[data-testid=panel-national-figures] table").first()).containsText("Hovedstaden");
        assertAccessible();

        page.locator(".navigation-menu a.nav-link[href='/landstal']").click();
        assertThat(page.locator("h1")).hasText("Landstal");
        assertThat(page.getByTestId("figure-COURSES_ACTIVE").locator("svg")).isVisible();
        assertThat(page.getByTestId("csv-COURSES_ACTIVE")).isVisible();
        assertAccessible();

        page.locator(".navigation-menu a.nav-link[href='/overholdelse']").click();
        assertThat(page.getByTestId("compliance-areas")).isVisible();
        assertAccessible();
    }

    @Test
    void coordinatorReachesTheAreasOverdueItemsInTwoClicks() {
        login(DemoUsers.COORDINATOR);
        page.getByTestId("compliance-link").click();                         // click 1
        assertThat(page.getByTestId("compliance-overdue")).isVisible();
        assertThat(page.getByTestId("compliance-rules")).isVisible();
        assertAccessible();
        // the demo data has overdue reviews and reports in Hovedstaden (DOMAIN §8)
        page.locator("[data-testid=compliance-lines] tbody a").first().click(); // click 2: where it is put right
        assertThat(page.locator("h1")).isVisible();
        assertAccessible();

        open("/datakvalitet");
        assertThat(page.getByTestId("quality-oldAssessments")).isVisible();
        assertAccessible();

        open("/forloeb");
        page.locator("[data-testid=course-list] tbody a").first().click();
        assertAccessible();
    }
}
