package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * S1-S4 in the browser: a mentor (made for the test, with their own course) writes a monthly report that
 * raises the duty to notify, checks the answers (changing one through its "Ret" link), submits and reads
 * the receipt; the flag is on the caseworker's and the coordinator's start pages; the responsible
 * caseworker acknowledges it; every page (and the error state) has zero axe violations (WS5).
 */
class StatusReportJourneyTest extends BrowserTest {

    @Test
    void mentorSubmitsMonthlyReportCaseworkerSeesTheFlagAndAcknowledges() {
        Reports.Course course = signInAsTheMentorOfANewCourse();
        assertThat(page.getByTestId("panel-due-reports")).containsText(course.firstName());
        assertAccessible();
        open("/mine-forloeb");
        assertAccessible();
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(course.firstName())).first().click();
        assertThat(page.getByTestId("client-first-name")).containsText(course.firstName());
        assertThat(page.locator("main")).not().containsText(course.lastName());
        assertThat(page.getByTestId("goals")).containsText("Finde et fritidsjob");
        assertAccessible();

        openLastMonthsReport(course);
        assertAccessible();
        page.getByTestId("continue").click();
        assertThat(page.getByTestId("error-summary")).containsText("§17 stk. 2");
        assertAccessible();

        fillMonthlyReport("5", "Vi mødtes hver uge i idrætsklubben", "Har været til to jobsamtaler", "Budget og ugeplan",
                "17,5", "Fortsætte jobsøgningen", "Klienten fortalte om et indbrud i sidste uge");
        page.getByTestId("continue").click();

        // check your answers: "Ret" goes back to the field with the input kept, then on to submit
        page.waitForURL(java.util.regex.Pattern.compile(".*/rapporter/\\d+/tjek$"));
        assertThat(page.getByTestId("check-answers")).containsText("Vi mødtes hver uge i idrætsklubben");
        assertThat(page.getByTestId("check-duty-to-notify")).containsText("indbrud");
        assertAccessible();
        page.getByTestId("check-answers").locator("a[href$='#contactsNote']").click();
        assertThat(page.locator("#contactsNote")).hasValue("Vi mødtes hver uge i idrætsklubben");
        assertThat(page.locator("[id='goalProgress[0]']")).hasValue("Har været til to jobsamtaler");
        page.locator("#contactsNote").fill("Vi mødtes hver uge i idrætsklubben og én gang hjemme");
        page.getByTestId("continue").click();
        assertThat(page.getByTestId("check-answers")).containsText("og én gang hjemme");
        page.getByTestId("confirm-submit").click();

        // the receipt says what happens next
        page.waitForURL(java.util.regex.Pattern.compile(".*/kvittering$"));
        assertThat(page.getByTestId("receipt")).containsText("Rapporten er indsendt");
        assertThat(page.getByTestId("receipt-duty-to-notify")).isVisible();
        assertAccessible();
        page.getByTestId("receipt-course").click();
        page.getByTestId("my-reports").locator("a").first().click();
        assertThat(page.getByTestId("duty-to-notify")).containsText("indbrud");
        assertThat(page.getByTestId("report-hours")).hasText("17,5");
        assertAccessible();
        logout();

        signIn(TestUsers.COORDINATOR);
        assertThat(page.getByTestId("duty-to-notify-flag")).isVisible();
        assertThat(page.getByTestId("panel-awaiting-reports")).containsText(course.firstName());
        assertAccessible();
        logout();

        signIn(course.responsibleUser());
        assertThat(page.getByTestId("duty-to-notify-flag")).isVisible();
        assertAccessible();
        page.getByTestId("panel-awaiting-reports").locator("a", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText(course.firstName())).first().click();
        assertThat(page.getByTestId("duty-to-notify")).isVisible();
        assertThat(page.getByTestId("hours-check")).isVisible();
        assertAccessible();
        page.locator("#note").fill("Politiet er orienteret");
        page.getByTestId("acknowledge").click();
        assertThat(page.getByTestId("flash-success")).containsText("kvitteret");
        assertThat(page.getByTestId("report-status")).hasText("Kvitteret");
        assertAccessible();

        open("/forloeb/" + course.id() + "/rapporter");
        assertThat(page.getByTestId("reports")).containsText("Kvitteret");
        assertAccessible();
        page.getByTestId("log-telephone").click();
        assertAccessible();
        page.getByTestId("save").click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
    }
}
