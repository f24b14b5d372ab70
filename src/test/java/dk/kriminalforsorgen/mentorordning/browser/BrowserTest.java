package dk.kriminalforsorgen.mentorordning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;

/**
 * Base of the browser journeys: the real application on a random port, driven by Playwright in the
 * machine's headless {@link Chromium} (never a downloaded browser), with axe-core checking WCAG 2.1 AA.
 * <p>
 * Usage: {@code login(DemoUsers.CASEWORKER); open("/klienter"); assertAccessible();}. Every page a
 * journey visits should be checked with {@link #assertAccessible()}. Content Security Policy
 * violations reported by the browser fail the test too.
 * <p>
 * Without Chromium at {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}) the journeys are skipped
 * with a message, unless {@code REQUIRE_BROWSER=true} (CI), where they fail.
 */
@DemoDataTest
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    /** The application's beans, for the factories that make a journey's own records ({@code context} is the browser's). */
    @Autowired
    protected ApplicationContext application;

    protected BrowserContext context;
    protected Page page;
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Chromium.start("Browser journeys");
    }

    @BeforeEach
    void openContext() {
        context = Chromium.newContext();
        page = Chromium.newPage(context, shown -> true, cspViolations);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        assertThat(cspViolations).as("Content Security Policy violations").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    /** Logs in through the real log-in page as a demo user and waits for the start page. */
    protected void login(String username) {
        login(username, DemoUsers.PASSWORD);
        page.waitForURL(url("/"));
    }

    /** Logs in as a user the test's factories made (they share {@link Reports#PASSWORD}) and waits for the start page. */
    protected void signIn(String username) {
        login(username, Reports.PASSWORD);
        page.waitForURL(url("/"));
    }

    protected void login(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main button[type=submit]").click();
    }

    protected void logout() {
        page.locator(".portal-user button.log-off").click();
        page.waitForURL(url("/login?logget-ud"));
    }

    /** An active course of the journey's own, started two months ago ({@link Reports}), its mentor signed in. */
    protected Reports.Course signInAsTheMentorOfANewCourse() {
        Reports.Course course = new Reports(application).activeCourse(2);
        signIn(course.mentorUser());
        return course;
    }

    /** Opens the mentor's new monthly report of the course for last month. */
    protected void openLastMonthsReport(Reports.Course course) {
        YearMonth month = YearMonth.now(application.getBean(Clock.class)).minusMonths(1);
        open("/mine-forloeb/" + course.id() + "/rapporter/ny?art=MONTHLY&periode=" + month);
    }

    /**
     * Fills in the mentor's monthly report form on the current page: the contacts and their note, the first goal's
     * progress and task work, the hours, the next steps, and the duty to notify (S4) with its text.
     */
    protected void fillMonthlyReport(String contactsCount, String contactsNote, String goalProgress, String taskWork,
            String hoursSpent, String nextSteps, String dutyToNotifyText) {
        page.locator("#contactsCount").fill(contactsCount);
        page.locator("#contactsNote").fill(contactsNote);
        page.locator("[id='goalProgress[0]']").fill(goalProgress);
        page.locator("[id='taskWork[0]']").fill(taskWork);
        page.locator("#hoursSpent").fill(hoursSpent);
        page.locator("#nextSteps").fill(nextSteps);
        page.locator("label[for='dutyToNotify']").click();
        page.locator("#dutyToNotifyText").fill(dutyToNotifyText);
    }

    /** WCAG 2.1 AA: axe-core finds no violation on the current page (WS5). */
    protected void assertAccessible() {
        Chromium.assertAccessible(page);
    }
}
