package dk.kriminalforsorgen.mentorordning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;

/**
 * Base of the browser journeys: the real application on a random port, driven by Playwright in the
 * machine's headless Chromium (never a downloaded browser), with axe-core checking WCAG 2.1 AA.
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

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;
    private static String axeSource;

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
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available && "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException("REQUIRE_BROWSER=true but no Chromium at " + CHROMIUM);
        }
        Assumptions.assumeTrue(available, "Browser journeys skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium). A skipped journey proves nothing.");
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            axeSource = readAxe();
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // The browser is shared by all journey classes of the run and closed at JVM exit.
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (playwright != null) {
                playwright.close();
            }
        }));
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
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
        page.evaluate(axeSource);
        Object result = page.evaluate("async (tags) => {"
                + " const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });"
                + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "   + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));"
                + "}", WCAG_TAGS);
        assertThat((List<?>) result).as("axe WCAG 2.1 AA violations on " + page.url()).isEmpty();
    }

    private static String readAxe() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from test resources (scripts/update-vendor.sh)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
