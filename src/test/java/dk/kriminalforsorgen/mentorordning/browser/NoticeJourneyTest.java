package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.YearMonth;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;

/**
 * Issue 11 in the browser: a mentor (made for the test, with their own course) files a monthly report raising the
 * duty to notify (S4, §8 stk. 2); the course's responsible caseworker signs in, sees the unread count in the header,
 * opens the notices, sees the notice (without the report's text) and follows its link to the report. The notices
 * page has zero axe violations (WS5).
 */
class NoticeJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext application;

    @Test
    void S4_theMentorsDutyToNotifyReachesTheResponsibleCaseworkersNoticesAndLeadsToTheReport() {
        Reports world = new Reports(application);
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));

        signIn(course.mentorUser());
        open("/mine-forloeb/" + course.id() + "/rapporter/ny?art=MONTHLY&periode=" + month);
        page.locator("#contactsCount").fill("3");
        page.locator("#contactsNote").fill("Vi mødtes hver uge");
        page.locator("[id='goalProgress[0]']").fill("Har søgt job");
        page.locator("[id='taskWork[0]']").fill("Ugeplan");
        page.locator("#hoursSpent").fill("12");
        page.locator("#nextSteps").fill("Jobsamtale");
        page.locator("label[for='dutyToNotify']").click();
        page.locator("#dutyToNotifyText").fill("Klienten fortalte om et tyveri");
        page.getByTestId("continue").click();
        page.waitForURL(Pattern.compile(".*/rapporter/\\d+/tjek$"));
        page.getByTestId("confirm-submit").click();
        page.waitForURL(Pattern.compile(".*/kvittering$"));
        logout();

        signIn(course.responsibleUser());
        // the notice is made right after the report's commit (the event publication registry): wait for it
        for (int tries = 0; tries < 40 && !page.getByTestId("notices-link").innerText().contains("ulæste"); tries++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.getByTestId("notices-link")).hasText("Notifikationer (1 ulæste)");
        page.getByTestId("notices-link").locator("a").click();
        page.waitForURL(url("/notifikationer"));
        Locator notice = page.getByTestId("notices").locator("[data-kind='DUTY_TO_NOTIFY']");
        assertThat(notice).containsText("underretningspligt");
        assertThat(page.locator("main")).not().containsText("tyveri");
        assertAccessible();

        notice.locator("a").first().click();
        page.waitForURL(Pattern.compile(".*/forloeb/" + course.id() + "/rapporter/\\d+$"));
        assertThat(page.getByTestId("duty-to-notify")).containsText("tyveri");
        assertAccessible();
    }

    private void signIn(String username) {
        login(username, Reports.PASSWORD);
        page.waitForURL(url("/"));
    }
}
