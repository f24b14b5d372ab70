package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.Authenticator;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AS3 in the browser: a user enrols an authenticator (the key typed by hand, the code computed here as an app would),
 * sees the ten recovery codes once, signs out, and signs in again with the password and a code; a wrong code is shown
 * as a Danish error at the field. Every page has zero axe violations (WS5), and none needs a script (CSP).
 */
class SecondFactorJourneyTest extends BrowserTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    TestClock clock;

    @Test
    void AS3_enrolAnAuthenticatorThenSignInWithPasswordAndCode() {
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        String user = "browser.tofaktor." + UUID.randomUUID().toString().substring(0, 6);
        administration.create(user, TestUsers.PASSWORD, new Assignment("Tove Browser", Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false));

        login(user, TestUsers.PASSWORD);
        page.waitForURL(url("/"));
        open("/login/tofaktor");
        assertThat(page.getByTestId("qr-code")).isVisible();
        assertAccessible();
        String key = page.getByTestId("manual-key").textContent();
        page.locator("#code").fill(Authenticator.code(key, clock.instant()));
        page.getByTestId("enrol-submit").click();
        page.waitForURL(url("/login/gendannelseskoder"));
        assertThat(page.getByTestId("recovery-codes").locator("li")).hasCount(10);
        assertAccessible();
        page.getByTestId("recovery-continue").click();
        page.waitForURL(url("/"));
        logout();

        clock.set(clock.instant().plusSeconds(60));
        login(user, TestUsers.PASSWORD);
        page.waitForURL(url("/login/kode"));
        assertAccessible();
        page.locator("#code").fill("000000");
        page.getByTestId("code-submit").click();
        assertThat(page.getByTestId("error-summary")).containsText("Koden er forkert");
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertAccessible();
        open("/klienter");
        page.waitForURL(url("/login/kode"));
        page.locator("#code").fill(Authenticator.code(key, clock.instant()));
        page.getByTestId("code-submit").click();
        page.waitForURL(url("/"));
        assertThat(page.locator(".portal-user")).containsText("Tove Browser");
    }
}
