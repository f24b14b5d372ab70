package dk.kriminalforsorgen.mentorordning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.PageVisits;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * No N+1: the main pages run the same number of SQL statements after the data behind them has grown
 * (clients, users, audit rows, and courses with reports on the start pages' panels). The test makes
 * its own data; speed itself is measured by bench/load.sh, not here.
 */
class SqlStatementCountTest extends IntegrationTestBase {

    @Autowired
    UserAdministration users;

    @Test
    void mainPagesRunAFixedNumberOfStatementsWhateverTheData() throws Exception {
        Reports reports = new Reports(context);
        reports.activeCourse(2, TestUsers.CASEWORKER); // the start pages' report panels have a row before, too
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        PageVisits pages = new PageVisits(mvc)
                .as("caseworker", caseworker, "/", "/klienter", "/omraade")
                .as("coordinator", coordinator, "/")
                .as("directorate", directorate, "/admin/brugere", "/admin/revision");

        Map<String, Integer> before = pages.statements();
        addData(caseworker, coordinator, reports);
        Map<String, Integer> after = pages.statements();

        assertThat(after).as("statements per page after adding clients, users and audit rows").isEqualTo(before);
        assertThat(before.values()).as("the counter counts").allMatch(count -> count > 0);
    }

    /**
     * Issue 10: the heaviest pages' statements and transactions, held at what they were brought down to. Before
     * (statements / transactions, this test's data): caseworker's start page 9 / 5, coordinator's 25 / 13, course
     * page 28 / 6, the mentor's course page 22 / 4, client page 8 / 3, client list 3 / 2. A page transaction
     * ({@code @PageTransaction}) runs each page after the session's read in one transaction, its audit rows in
     * one insert. A page that needs more must say why here.
     */
    @Test
    void theHeaviestPagesStayWithinTheirStatementsAndTransactions() throws Exception {
        Reports reports = new Reports(context);
        Reports.Course course = reports.activeCourse(3, TestUsers.CASEWORKER);
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        MockHttpSession mentor = sessions.fresh(course.mentorUser(), Reports.PASSWORD);
        Map<String, PageVisits.Measure> measured = new PageVisits(mvc)
                .as("caseworker", caseworker, "/", "/forloeb/" + course.id(), "/klienter/" + course.clientId(), "/klienter")
                .as("coordinator", sessions.fresh(TestUsers.COORDINATOR), "/")
                .as("mentor", mentor, "/mine-forloeb/" + course.id())
                .measure();
        Map<String, int[]> budget = Map.of(
                "caseworker /", new int[] {7, 2},
                "coordinator /", new int[] {19, 2},
                "caseworker /forloeb/" + course.id(), new int[] {25, 2},
                "mentor /mine-forloeb/" + course.id(), new int[] {15, 2},
                "caseworker /klienter/" + course.clientId(), new int[] {8, 2},
                "caseworker /klienter", new int[] {3, 2});
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        measured.forEach((page, measure) -> {
            softly.assertThat(measure.status()).as("status of %s", page).isEqualTo(200);
            softly.assertThat(measure.statements()).as("statements of %s", page).isLessThanOrEqualTo(budget.get(page)[0]);
            softly.assertThat(measure.transactions()).as("transactions of %s (the session's read and the page)", page)
                    .isLessThanOrEqualTo(budget.get(page)[1]);
        });
        softly.assertAll();
    }

    private void addData(MockHttpSession caseworker, MockHttpSession coordinator, Reports reports) throws Exception {
        for (int i = 0; i < 3; i++) {
            Reports.Course course = reports.activeCourse(3 + i, TestUsers.CASEWORKER);
            mvc.perform(Reports.monthly("/forloeb/" + course.id() + "/rapporter/telefonisk",
                    java.time.YearMonth.from(reports.today().minusMonths(1)), null, "dutyToNotify", "true",
                    "dutyToNotifyText", "Nyt forhold").param("receivedOn", reports.today().toString())
                    .session(coordinator)); // not the responsible person: the report awaits sign-off
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 8; i++) {
            mvc.perform(post("/klienter/ny").with(csrf()).session(caseworker)
                    .param("firstName", "Tæller" + i).param("lastName", "Testesen")
                    .param("cpr", TestCprNumbers.next()).param("preferredLanguage", "DA")
                    .param("status", "UNDER_SUPERVISION").param("unitId", "104")
                    .param("statusSince", today.minusMonths(2).toString())
                    .param("supervisionEndDate", today.plusMonths(10).toString()));
        }
        for (int i = 0; i < 3; i++) {
            users.create("count-" + UUID.randomUUID().toString().substring(0, 8), "en lang og god adgangskode til test",
                    new Assignment("Tælle Bruger " + i, Role.CASEWORKER, 1L, 104L, false));
        }
        for (int i = 0; i < 60; i++) {
            jdbc.update("insert into audit_event (username, role, action, subject_type, subject_id) values (?, ?, ?, ?, ?)",
                    TestUsers.CASEWORKER, "CASEWORKER", "CLIENT_VIEWED", "CLIENT", String.valueOf(i));
        }
    }
}
