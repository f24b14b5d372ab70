package dk.kriminalforsorgen.mentorordning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The machine's headless Chromium (never a downloaded browser), driven by Playwright: launched once and shared by
 * every journey class of the run, closed at JVM exit; with axe-core checking WCAG 2.1 AA.
 * <p>
 * Without Chromium at {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}) the journeys are skipped with a
 * message, unless {@code REQUIRE_BROWSER=true} (CI), where they fail.
 */
final class Chromium {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;
    private static String axeSource;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (playwright != null) {
                playwright.close();
            }
        }));
    }

    private Chromium() {
    }

    /** For a journey class's {@code @BeforeAll}: skips (or fails) the {@code journeys} without Chromium, else starts it. */
    static synchronized void start(String journeys) {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available && "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException("REQUIRE_BROWSER=true but no Chromium at " + CHROMIUM);
        }
        Assumptions.assumeTrue(available, journeys + " skipped: no Chromium at " + CHROMIUM
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

    /** A fresh browser context (no cookies): Danish, a desktop window of 1280 x 900. */
    static BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900));
    }

    /**
     * A new page of the context; the Content Security Policy violations the browser reports while it shows a page
     * that {@code watched} accepts are added to {@code violations}.
     */
    static Page newPage(BrowserContext context, Predicate<Page> watched, List<String> violations) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") && watched.test(page)) {
                violations.add(message.text());
            }
        });
        return page;
    }

    /** WCAG 2.1 AA: axe-core finds no violation on the page as it is now (WS5). */
    static void assertAccessible(Page page) {
        page.evaluate(axeSource);
        Object result = page.evaluate("async (tags) => {"
                + " const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });"
                + " return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "   + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));"
                + "}", WCAG_TAGS);
        assertThat((List<?>) result).as("axe WCAG 2.1 AA violations on " + page.url()).isEmpty();
    }

    private static String readAxe() {
        try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from test resources (scripts/update-vendor.sh)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
