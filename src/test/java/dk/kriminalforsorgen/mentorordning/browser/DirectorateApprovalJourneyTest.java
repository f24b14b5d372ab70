package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.options.AriaRole;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;

/**
 * M8 (§7 stk. 2) through the real pages: the coordinator flags two registered candidates with a written
 * justification, the directorate approves one and rejects the other, and the coordinator sees both
 * results. Every page is checked with axe (WS5).
 */
class DirectorateApprovalJourneyTest extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MentorRegistrySteps steps;
    LoginSessions sessions;

    @BeforeEach
    void setUp() {
        steps = new MentorRegistrySteps(mvc, jdbc);
        sessions = new LoginSessions(mvc);
    }

    @Test
    void M8_coordinatorFlagsDirectorateApprovesAndRejectsCoordinatorSeesTheResults() throws Exception {
        String approvedName = MentorRegistrySteps.uniqueLastName("Godkendes");
        String rejectedName = MentorRegistrySteps.uniqueLastName("Afvises");
        long approved = steps.registeredCandidate(sessions.fresh(DemoUsers.COORDINATOR), "Vibeke", approvedName,
                "Betinget dom for tyveri 2010.");
        long rejected = steps.registeredCandidate(sessions.fresh(DemoUsers.COORDINATOR), "Morten", rejectedName,
                "Dom for vold 2022.");

        // The coordinator flags both candidates with the area's justification.
        login(DemoUsers.COORDINATOR);
        for (long id : new long[] {approved, rejected}) {
            open("/mentorer/" + id);
            assertThat(page.getByTestId("mentor-status")).hasText("Under vandelsvurdering");
            assertThat(page.getByTestId("flag-form")).isVisible();
            assertAccessible();
            page.getByTestId("flag-form").getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("error-summary")).isVisible();
            assertAccessible();
            page.getByLabel("Områdets begrundelse for, at kandidaten er egnet").fill(
                    "Kandidaten har arbejdet frivilligt med unge i ti år og er anbefalet af to referencer.");
            page.getByTestId("flag-form").getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("flash-success")).containsText("sendt til direktoratets godkendelse");
            assertThat(page.getByTestId("mentor-status")).hasText("Afventer direktoratet");
            assertAccessible();
        }
        logout();

        // The directorate sees the queue with waiting times and decides.
        login(DemoUsers.DIRECTORATE);
        assertThat(page.getByTestId("panel-approvals")).isVisible();
        assertAccessible();
        open("/godkendelser");
        assertThat(page.getByTestId("approval-queue")).containsText(approvedName);
        assertThat(page.getByTestId("approval-queue")).containsText(rejectedName);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vibeke " + approvedName)).click();
        assertThat(page.getByTestId("approval-justification")).containsText("frivilligt med unge");
        assertAccessible();
        page.getByLabel("Afgørelse").selectOption("APPROVED");
        page.getByLabel("Direktoratets begrundelse").fill("Forholdet er gammelt og uden betydning for opgaven.");
        page.getByTestId("approval-form").getByRole(AriaRole.BUTTON).click();
        // Check your answers, then the confirmation says what happens next (issue 16).
        assertThat(page.getByTestId("approval-check")).containsText("Godkend kandidaten som mentor");
        assertAccessible();
        page.getByTestId("approval-check").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem afgørelse")).click();
        assertThat(page.getByTestId("approval-decided")).containsText("Godkendt af direktoratet");
        assertThat(page.getByTestId("approval-next")).containsText("Mentortovholderne i");
        assertAccessible();
        open("/godkendelser");

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Morten " + rejectedName)).click();
        page.getByLabel("Afgørelse").selectOption("REJECTED");
        page.getByTestId("approval-form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
        page.getByLabel("Direktoratets begrundelse").fill("Forholdet er for nyt og for alvorligt til opgaven.");
        page.getByTestId("approval-form").getByRole(AriaRole.BUTTON).click();
        // "Ret" on the check page goes back to the form with the answers kept.
        page.getByTestId("change-reason").click();
        assertThat(page.getByLabel("Direktoratets begrundelse")).hasValue("Forholdet er for nyt og for alvorligt til opgaven.");
        assertAccessible();
        page.getByTestId("approval-form").getByRole(AriaRole.BUTTON).click();
        page.getByTestId("approval-check").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem afgørelse")).click();
        assertThat(page.getByTestId("approval-decided")).containsText("Afvist af direktoratet");
        open("/godkendelser");
        assertThat(page.getByTestId("approval-queue")).not().containsText(approvedName);
        logout();

        // The area sees the decisions.
        login(DemoUsers.COORDINATOR);
        assertThat(page.getByTestId("panel-area-approvals")).containsText(approvedName);
        assertAccessible();
        open("/mentorer/" + approved);
        assertThat(page.getByTestId("mentor-status")).hasText("Godkendt");
        assertThat(page.getByTestId("approval-case")).containsText("Godkendt af direktoratet");
        assertThat(page.getByTestId("approval-case")).containsText("uden betydning for opgaven");
        assertAccessible();
        open("/mentorer/" + rejected);
        assertThat(page.getByTestId("mentor-status")).hasText("Afvist");
        assertThat(page.getByTestId("approval-case")).containsText("Afvist af direktoratet");
        assertAccessible();
    }

    @Test
    void WS5_registryPagesAreAccessibleForEachRole() {
        login(DemoUsers.CASEWORKER);
        open("/mentorer");
        assertThat(page.getByTestId("mentor-results")).isVisible();
        assertAccessible();
        long karim = jdbc.queryForObject("select id from mentor where first_name = 'Karim' and last_name = 'Nielsen'", Long.class);
        open("/mentorer/" + karim);
        assertThat(page.getByTestId("record-details")).hasCount(0);
        assertAccessible();
        logout();

        login(DemoUsers.COORDINATOR);
        open("/mentorer?status=APPROVED&language=ar");
        assertAccessible();
        open("/mentorer/ny");
        assertAccessible();
        page.getByTestId("mentor-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
        open("/mentorer/" + karim);
        assertThat(page.getByTestId("record-details")).isVisible();
        assertAccessible();
        open("/mentorer/" + karim + "/rediger");
        assertAccessible();
        open("/mentorer/kapacitet");
        assertThat(page.getByTestId("workload-table")).containsText("Lone Andersen");
        assertAccessible();
        long ahmad = jdbc.queryForObject("select id from client where first_name = 'Ahmad' and last_name = 'Rahimi'", Long.class);
        open("/mentorer/matchning/" + ahmad);
        assertThat(page.getByTestId("match-excluded")).containsText("Henrik Mortensen");
        assertThat(page.getByTestId("exception-form")).isVisible();
        assertAccessible();
        page.getByTestId("choice-form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
    }

    @Test
    void WS5_caseworkerFindsAMentorForADemoClientFromTheClientPage() {
        long ahmad = jdbc.queryForObject("select id from client where first_name = 'Ahmad' and last_name = 'Rahimi'", Long.class);
        login(DemoUsers.CASEWORKER);
        open("/klienter/" + ahmad);
        page.getByTestId("find-mentor").click();
        assertThat(page.locator("h1")).containsText("Find en mentor til Ahmad Rahimi");
        assertThat(page.getByTestId("match-ranked")).containsText("Karim Nielsen");
        assertThat(page.getByTestId("match-ranked")).containsText("Taler klientens foretrukne sprog");
        assertThat(page.getByTestId("match-excluded")).containsText("Nærtstående til klienten");
        assertThat(page.getByTestId("match-excluded")).not().containsText("kriminalregisteret");
        assertAccessible();
        page.getByTestId("relation-form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("error-summary")).isVisible();
        assertAccessible();
    }
}
