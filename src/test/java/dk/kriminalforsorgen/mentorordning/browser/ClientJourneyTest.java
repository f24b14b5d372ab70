package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;

/**
 * A caseworker registers an inmate two months from release, documents the need and motivation,
 * records an LS/RNR assessment and sees the eligibility panel turn from "not eligible" to
 * "eligible" (DOMAIN §3). Every page and error state on the way is checked with axe (WS5).
 */
class ClientJourneyTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void caseworkerRegistersAnInmateRecordsAnAssessmentAndSeesTheEligibilityPanelChange() {
        LocalDate today = LocalDate.now(clock);
        String cpr = TestCprNumbers.next();

        login(DemoUsers.CASEWORKER);
        assertThat(page.getByTestId("offer-due-panel")).isVisible();
        assertAccessible();

        page.locator(".navigation-menu a.nav-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Klienter")).click();
        page.waitForURL(url("/klienter"));
        assertThat(page.getByTestId("client-table")).isVisible();
        assertAccessible();

        page.getByTestId("new-client").click();
        page.waitForURL(url("/klienter/ny"));
        assertAccessible();

        // Bad input first: the error summary links to the fields, and the page stays accessible.
        page.locator("#firstName").fill("Viggo");
        page.locator("#cpr").fill("320190-1234");
        page.locator("[data-testid=client-form] button[type=submit]").click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertThat(page.getByTestId("error-summary")).containsText("ikke en gyldig dato");
        assertThat(page.locator("#firstName")).hasValue("Viggo");
        assertAccessible();

        page.locator("#lastName").fill("Journeysen");
        page.locator("#cpr").fill(cpr);
        page.locator("#status").selectOption("INMATE");
        page.locator("#unitId").selectOption("101");
        page.locator("#statusSince").fill(today.minusMonths(10).toString());
        page.locator("#expectedReleaseDate").fill(today.plusMonths(2).toString());
        page.locator("#releaseUnitId").selectOption("104");
        page.locator("[data-testid=client-form] button[type=submit]").click();

        assertThat(page.getByTestId("client-name")).hasText("Viggo Journeysen");
        assertThat(page.getByTestId("cpr-masked")).hasText(cpr.substring(0, 6) + "-xxxx");
        assertThat(page.getByTestId("eligibility-panel")).hasAttribute("data-verdict", "NOT_ELIGIBLE");
        assertThat(page.locator("[data-rule=E1]")).hasAttribute("data-status", "NOT_MET");
        assertThat(page.locator("[data-rule=E5]")).hasAttribute("data-status", "MET");
        assertAccessible();

        page.getByTestId("record-need").click();
        assertAccessible();
        page.locator("#specialNeed").fill("Har ingen bolig efter løsladelsen og brug for støtte til kontakt med kommunen.");
        page.locator("#motivated").selectOption("true");
        page.locator("#motivationDate").fill(today.toString());
        page.locator("[data-testid=need-form] button[type=submit]").click();
        assertThat(page.getByTestId("flash-success")).isVisible();
        assertThat(page.locator("[data-rule=E2]")).hasAttribute("data-status", "MET");
        assertThat(page.locator("[data-rule=E3]")).hasAttribute("data-status", "MET");
        assertThat(page.getByTestId("eligibility-panel")).hasAttribute("data-verdict", "NOT_ELIGIBLE");
        assertThat(page.getByTestId("eligibility-summary")).containsText("Ikke opfyldt: E1");
        assertAccessible();

        page.getByTestId("record-assessment").click();
        assertAccessible();
        page.locator("#assessedOn").fill(today.toString());
        page.locator("#riskLevel").selectOption("HIGH");
        for (NeedArea area : NeedArea.values()) {
            page.locator("#" + area.formField()).selectOption("MEDIUM");
        }
        page.locator("[data-testid=assessment-form] button[type=submit]").click();

        assertThat(page.getByTestId("flash-success")).isVisible();
        assertThat(page.getByTestId("eligibility-panel")).hasAttribute("data-verdict", "ELIGIBLE");
        assertThat(page.getByTestId("eligibility-summary")).hasText("Klienten kan få en mentor nu.");
        assertThat(page.locator("[data-rule=E1]")).hasAttribute("data-status", "MET");
        assertThat(page.getByTestId("eligibility-offer-due")).isVisible();
        assertThat(page.getByTestId("latest-assessment")).containsText("Høj");
        assertAccessible();

        // DP2: the full number only after an explicit, audited reveal.
        assertThat(page.locator("main")).not().containsText(cpr);
        page.getByTestId("reveal-cpr").click();
        assertThat(page.getByTestId("cpr-revealed")).hasText(cpr);
        assertAccessible();
    }
}
