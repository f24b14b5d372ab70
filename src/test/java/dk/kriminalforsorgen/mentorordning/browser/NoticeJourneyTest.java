package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11 in the browser: a mentor (made for the test, with their own course) files a monthly report raising the
 * duty to notify (S4, §8 stk. 2); the course's responsible caseworker signs in, sees the unread count in the header,
 * opens the notices, sees the notice (without the report's text) and follows its link to the report. And a coordinator
 * follows the notice of a disabled caseworker to the reassignment page and gives the course to another (an error
 * state on the way). Every page has zero axe violations (WS5).
 */
class NoticeJourneyTest extends BrowserTest {

    @Test
    void S4_theMentorsDutyToNotifyReachesTheResponsibleCaseworkersNoticesAndLeadsToTheReport() {
        Reports.Course course = signInAsTheMentorOfANewCourse();
        openLastMonthsReport(course);
        fillMonthlyReport("3", "Vi mødtes hver uge", "Har søgt job", "Ugeplan", "12", "Jobsamtale",
                "Klienten fortalte om et tyveri");
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

    @Test
    void C7_theCoordinatorFollowsTheNoticeOfADisabledCaseworkerAndGivesTheCoursesToAnother() {
        Reports world = new Reports(application);
        String gone = world.newCaseworker();
        Reports.Course course = world.activeCourse(2, gone);
        application.getBean(UserAdministration.class).setEnabled(world.userId(gone), false);

        signIn(TestUsers.COORDINATOR);
        open("/notifikationer");
        Locator notice = page.getByTestId("notices").locator("[data-kind='RESPONSIBLE_WITHDRAWN'] a[href$='/ansvarlig/"
                + world.userId(gone) + "']");
        for (int tries = 0; tries < 40 && notice.count() == 0; tries++) {
            page.waitForTimeout(500);
            page.reload();
        }
        notice.first().click();
        assertThat(page.getByTestId("reassign-form")).containsText(course.firstName());
        assertAccessible();

        page.locator("#responsibleUserId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByTestId("reassign-form").locator("button[type='submit']").click();
        assertThat(page.getByTestId("error-summary")).containsText("Vælg en årsag");
        assertAccessible();

        page.locator("#reason").selectOption("RESPONSIBLE_DISABLED");
        page.getByTestId("reassign-form").locator("button[type='submit']").click();
        assertThat(page.getByTestId("flash-success")).containsText("1 forløb har fået en ny forløbsansvarlig");
        assertThat(page.getByTestId("no-courses")).isVisible();
        assertAccessible();
    }
}
