package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/**
 * Journeys through user administration, the audit log search and "Mit område", each page and each
 * error state checked with axe (WS5).
 */
class AdminJourneyTest extends BrowserTest {

    private static final String PASSWORD = "tre grønne æbler på en gren";

    @Autowired
    UserAdministration users;

    /**
     * Issue 14: the directorate creates a user without choosing a password: the one-time link is shown once; a
     * reset is a new invitation, after which the first link is refused.
     */
    @Test
    void directorateCreatesEditsResetsAndDisablesAUser() {
        String username = "browser." + UUID.randomUUID().toString().substring(0, 8);
        login(DemoUsers.DIRECTORATE);
        page.locator(".navigation-menu a.nav-link[href='/admin/brugere']").click();
        assertThat(page.locator("h1")).hasText("Brugere");
        assertAccessible();

        page.getByTestId("new-user").click();
        assertThat(page.locator("h1")).hasText("Opret bruger");
        assertThat(page.locator("#password")).hasCount(0);
        assertAccessible();

        page.locator("#username").fill("x");
        page.locator("main button[type=submit].button-primary").click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");
        assertAccessible();

        page.locator("#username").fill(username);
        page.locator("#displayName").fill("Browser Bruger");
        page.locator("#email").fill(username + "@example.dk");
        page.locator("#role").selectOption("CASEWORKER");
        page.locator("#areaId").selectOption("1");
        page.locator("#unitId").selectOption("101");
        page.locator("label[for=certifiedAssessor]").click();
        page.locator("main button[type=submit].button-primary").click();
        assertThat(page.getByTestId("invitation-done")).containsText(username);
        assertThat(page.getByTestId("invitation-mailed")).containsText("sendes også");
        String firstLink = page.getByTestId("invitation-link").textContent();
        assertAccessible();

        page.getByTestId("invitation-back").click();
        assertThat(page.locator("#certifiedAssessor")).isChecked();
        page.locator("#displayName").fill("");
        page.locator("[data-testid=user-form] button[type=submit]").click();
        assertThat(page.getByTestId("error-summary")).containsText("Skriv brugerens navn.");
        assertAccessible();

        page.locator("a[href^='/admin/brugere/'][href$='/adgangskode']").click();
        assertThat(page.locator("#newPassword")).hasCount(0);
        assertAccessible();
        page.getByTestId("user-password-reset").click();
        assertThat(page.getByTestId("invitation-done")).containsText("nulstillet");
        assertThat(page.getByTestId("invitation-link")).not().hasText(firstLink);
        page.getByTestId("invitation-back").click();

        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("disable").click();
        assertThat(page.getByTestId("user-status")).containsText("deaktiveret");
        assertThat(page.getByTestId("enable")).isVisible();
        assertAccessible();

        open(firstLink.substring(firstLink.indexOf("/invitation/")));
        assertThat(page.locator("h1")).hasText("Linket kan ikke bruges");
        assertAccessible();
    }

    @Test
    void staleEditShowsTheConflictAndKeepsTheInput() {
        AppUser user = users.create("browser." + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
                new Assignment("Før Ændring", Role.CASEWORKER, 1L, 104L, false));
        login(DemoUsers.DIRECTORATE);
        open("/admin/brugere/" + user.getId());
        users.change(user.getId(), user.getVersion(), new Assignment("Ændret Imens", Role.CASEWORKER, 1L, 104L, false));
        page.locator("#displayName").fill("Mit Eget Navn");
        page.locator("[data-testid=user-form] button[type=submit]").click();
        assertThat(page.getByTestId("error-summary")).containsText("En anden har gemt ændringer");
        assertThat(page.locator("#displayName")).hasValue("Mit Eget Navn");
        assertThat(page.getByTestId("saved-values")).containsText("Ændret Imens");
        assertAccessible();
    }

    @Test
    void directorateSearchesTheAuditLog() {
        login(DemoUsers.DIRECTORATE);
        // DKFDS folds the last items of a long menu into its "Mere" menu; open it when the link is folded there
        if (!page.locator(".navigation-menu .mainmenu > li > a.nav-link[href='/admin/revision']").isVisible()) {
            page.locator(".navigation-menu button.more-button").click();
        }
        page.locator(".navigation-menu a.nav-link[href='/admin/revision']:visible").click();
        assertThat(page.locator("h1")).hasText("Revisionsspor");
        assertThat(page.getByTestId("audit-table")).isVisible();
        assertAccessible();

        page.locator("#action").selectOption("LOGIN_SUCCEEDED");
        page.locator("main button[type=submit]").click();
        assertThat(page.getByTestId("audit-row").first()).containsText("Logget på");
        assertAccessible();

        open("/admin/revision?from=2026-05-10&to=2026-05-01");
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
    }

    @Test
    void caseworkerSeesTheirAreaAndNotAnotherAreasUnit() {
        login(DemoUsers.CASEWORKER);
        page.locator(".navigation-menu a.nav-link[href='/omraade']").click();
        assertThat(page.locator("h1")).hasText("Mit område: Hovedstaden");
        assertAccessible();

        page.locator("a[href='/omraade/enheder/104']").click();
        assertThat(page.getByTestId("unit-heading")).hasText("KiF København Nord");
        assertAccessible();

        open("/omraade/enheder/304");
        assertThat(page.locator("h1")).hasText("Siden findes ikke");
        assertAccessible();
    }
}
