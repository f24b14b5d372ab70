package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.kriminalforsorgen.mentorordning.course.CourseJourneyData;
import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16: establishing a course (C1, §7 stk. 1) through its "check your answers" page and the
 * confirmation page, with the journey's own course (not the demo data) and a test caseworker. The form
 * comes with the caseworker preselected as responsible (C7); the check page shows the eligibility on the
 * start date, the action plan and the mentor; "Ret" goes back with every answer kept; the confirmation
 * says when the kick-off is due (C5), that the mentor reports monthly (S1) and prompts for the fee (C9).
 * Every page is checked with axe (WS5).
 */
class EstablishmentJourneyTest extends BrowserTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    TestClock clock;

    @Autowired
    CourseProperties properties;

    @Test
    void C1_aCaseworkerEstablishesACourseThroughTheCheckPageAndSeesWhatHappensNext() {
        clock.setDate(DAY);
        CourseJourneyData.Ready course = new CourseJourneyData(application).readyForEstablishment();
        LocalDate start = DAY.plusDays(7);
        login(TestUsers.CASEWORKER, TestUsers.PASSWORD);
        page.waitForURL(url("/"));

        open("/forloeb/" + course.courseId() + "/etabler");
        assertThat(page.locator("h1")).containsText(course.clientName());
        assertThat(page.locator("#responsibleUserId option:checked")).hasText("Tina Holm");
        assertAccessible();

        // A refused answer stays on the form with the error at the field.
        page.locator("#startDate").fill(DAY.minusDays(1).toString());
        page.locator("main form button[type=submit]").click();
        assertThat(page.getByTestId("error-summary")).containsText("Startdatoen kan ikke ligge før i dag");
        assertAccessible();

        page.locator("#startDate").fill(start.toString());
        page.locator("#agreedHours").fill("3");
        page.locator("main form button[type=submit]").click();

        // Check your answers: the decision, the eligibility on the start date, the mentor and the plan.
        Locator answers = page.getByTestId("establish-answers");
        assertThat(answers).containsText(DanishFormat.date(start));
        assertThat(answers).containsText("Tina Holm");
        assertThat(answers).containsText(course.mentorName());
        assertThat(page.getByTestId("establish-eligibility").locator("[data-rule=E1]")).containsText("Opfyldt");
        assertThat(page.getByTestId("establish-plan")).containsText("Fast job eller uddannelse");
        assertThat(page.getByTestId("establish-next")).containsText("Opstartsmødet");
        assertAccessible();
        page.setViewportSize(320, 800);
        assertAccessible();
        page.setViewportSize(1280, 900);

        // "Ret" goes back to the form with every answer kept, and on to the check page again.
        page.getByTestId("change-agreedHours").click();
        assertThat(page.locator("#agreedHours")).hasValue("3");
        assertThat(page.locator("#startDate")).hasValue(start.toString());
        page.locator("#agreedHours").fill("4");
        page.locator("main form button[type=submit]").click();
        assertThat(page.getByTestId("establish-answers")).containsText("4 timer om ugen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Etabler forløbet og udpeg mentoren")).click();

        // The confirmation page says what happens next and prompts for the fee.
        assertThat(page.locator("h1")).containsText("er etableret");
        assertThat(page.getByTestId("established-next")).containsText(
                DanishFormat.date(start.plus(properties.kickOffWithin())));
        assertThat(page.getByTestId("established-next")).containsText("statusrapport for hver måned");
        assertThat(page.getByTestId("fee-prompt")).isVisible();
        assertAccessible();
        page.setViewportSize(320, 800);
        assertAccessible();
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til forløbet")).click();
        assertThat(page.getByTestId("course-state")).hasText("Aktivt");
        assertThat(page.getByTestId("course-mentor")).hasText(course.mentorName());
    }
}
