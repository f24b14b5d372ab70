package dk.kriminalforsorgen.mentorordning.dashboard;

import static dk.kriminalforsorgen.mentorordning.statusreport.Reports.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16, the start pages and lists through the real pages: overdue reports grouped per course and
 * bounded, the duty-to-notify alert at the top (S4), quick actions, the header's client search (DP3,
 * AZ2, AU1), the course list's sortable columns and name search, and filters that say "Alle".
 * Each test makes its own courses and people ({@link Reports}) on a day it sets.
 */
class StartPagesAndListsTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired
    UserAdministration administration;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    /**
     * A fresh caseworker or coordinator of Sjælland (KiF Sjælland Midt): the courses made here are in an
     * area no other test counts on, so the start panels of Hovedstaden's test users stay as other tests expect.
     */
    private String staff(Role role) {
        String username = "start." + role.name().toLowerCase(Locale.ROOT) + "." + (++staffMade) + "."
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        administration.create(username, Reports.PASSWORD, new Assignment("Sjælland " + role.name().toLowerCase(Locale.ROOT)
                + " " + staffMade, role, SJAELLAND, KIF_SJAELLAND_MIDT, role == Role.CASEWORKER));
        return username;
    }

    private static final long SJAELLAND = 2;
    private static final long KIF_SJAELLAND_MIDT = 204;
    private static int staffMade;

    // ------------------------------------------------------------------ overdue reports, one line per course

    @Test
    void S1_overdueMonthsAreOneLinePerCourseWithTheirCountAndTheOldestMonth() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        // December to April have no report: April's report was due on 10 May (S1), so five months are overdue
        Reports.Course course = world.activeCourse(LocalDate.of(2025, 12, 1), caseworker);

        String panel = part(html(get("/"), caseworker), "panel-overdue-reports", "</section>");
        assertThat(panel.split(course.firstName(), -1)).as("the client is named once").hasSize(2);
        assertThat(panel).contains(course.firstName() + " " + course.lastName() + "</a>:")
                .contains("5 måneder mangler (den ældste: december 2025, frist 10. januar 2026)")
                .contains("/forloeb/" + course.id() + "/rapporter\"")
                .doesNotContain("data-testid=\"overdue-report-courses\""); // all shown: no "see all"

        // a month handed in (by telephone) is one fewer; the oldest moves on
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", YearMonth.of(2025, 12), null)
                .param("receivedOn", TODAY.toString()).session(as(caseworker))).andExpect(status().is3xxRedirection());
        assertThat(part(html(get("/"), caseworker), "panel-overdue-reports", "</section>"))
                .contains("4 måneder mangler (den ældste: januar 2026, frist 10. februar 2026)");
    }

    @Test
    void S3_anOverdueQuarterlyReportIsOnTheCoursesLineToo() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        // kick-off 4/12: the review and its quarterly report were due on 4/3 (S3); five months are missing too
        Reports.Course course = world.activeCourse(LocalDate.of(2025, 12, 1), caseworker);

        String panel = part(html(get("/"), caseworker), "panel-overdue-reports", "</section>");
        assertThat(panel).contains("5 måneder mangler")
                .contains("Kvartalsrapport før opfølgningsmøde mangler (frist 4. marts 2026)");
        assertThat(panel.split(course.firstName(), -1)).hasSize(2);
    }

    @Test
    void theOverduePanelShowsTheMostOverdueCoursesWithTheCountAndLinksToTheFullList() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        List<Reports.Course> courses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            courses.add(world.activeCourse(TODAY.minusMonths(2 + i).withDayOfMonth(1), caseworker));
        }
        Reports.Course mostOverdue = courses.get(10);
        Reports.Course leastOverdue = courses.get(0);

        String panel = part(html(get("/"), caseworker), "panel-overdue-reports", "</section>");
        assertThat(panel.split("<li>", -1)).as("ten lines").hasSize(11);
        assertThat(panel).contains(mostOverdue.firstName()).doesNotContain(leastOverdue.firstName())
                .contains("11 forløb har overskredne statusrapporter; de 10 mest forsinkede vises.")
                .contains("href=\"/rapporter/forfaldne\"");
        assertThat(panel.indexOf(mostOverdue.firstName())).as("the most overdue first")
                .isLessThan(panel.indexOf(courses.get(9).firstName()));

        String full = html(get("/rapporter/forfaldne"), caseworker);
        assertThat(full).contains("11 forløb i alt.");
        assertThat(courses).allSatisfy(c -> assertThat(full).contains(c.firstName()));
        assertThat(full.indexOf(mostOverdue.firstName())).isLessThan(full.indexOf(leastOverdue.firstName()));
        // only the caseworker's own courses (AZ2): another caseworker's list does not have them
        assertThat(html(get("/rapporter/forfaldne"), staff(Role.CASEWORKER))).doesNotContain(mostOverdue.firstName())
                .contains("Ingen statusrapporter er overskredet.");
        assertThat(html(get("/rapporter/forfaldne"), TestUsers.CASEWORKER_SOUTH)).doesNotContain(mostOverdue.firstName());
    }

    @Test
    void theFullOverdueListIsTheAreasForTheCoordinatorAndClosedToOthers() throws Exception {
        Reports.Course course = world.activeCourse(TODAY.minusMonths(30).withDayOfMonth(1), staff(Role.CASEWORKER));
        assertThat(html(get("/rapporter/forfaldne"), staff(Role.COORDINATOR))).contains(course.firstName());
        assertThat(html(get("/rapporter/forfaldne"), TestUsers.COORDINATOR)).doesNotContain(course.firstName());
        mvc.perform(get("/rapporter/forfaldne").session(as(TestUsers.DIRECTORATE))).andExpect(status().isForbidden());
        mvc.perform(get("/rapporter/forfaldne").session(as(TestUsers.MENTOR))).andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------ S4 at the top

    @Test
    void S4_anUnacknowledgedDutyToNotifyIsAnAlertAtTheTopOfTheStartPageUntilAcknowledged() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        Reports.Course course = world.activeCourse(2, caseworker);
        YearMonth month = YearMonth.from(TODAY.minusMonths(1));
        assertThat(html(get("/"), caseworker)).doesNotContain("data-testid=\"duty-to-notify-flag\"");
        world.submitAsMentor(mvc, as(course.mentorUser()), monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                .param("dutyToNotify", "true").param("dutyToNotifyText", "Klienten fortalte om et indbrud"));
        long report = world.reportId(course.id(), month);

        for (String user : new String[] {caseworker, staff(Role.COORDINATOR)}) {
            String page = html(get("/"), user);
            int alert = page.indexOf("data-testid=\"duty-to-notify-flag\"");
            assertThat(alert).as("the alert on %s's start page", user).isPositive()
                    .isLessThan(page.indexOf("data-testid=\"quick-actions\""))
                    .isLessThan(page.indexOf("data-testid=\"panel-awaiting-reports\""));
            assertThat(page.substring(alert, page.indexOf("</div>", alert))).contains("Underretningspligt");
            assertThat(part(page, "duty-to-notify-flag", "</ul>"))
                    .contains("/forloeb/" + course.id() + "/rapporter/" + report + "\"").contains(course.firstName());
        }
        assertThat(html(get("/"), TestUsers.COORDINATOR)).doesNotContain(course.firstName());

        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, report);
        mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + report + "/kvitter").with(csrf())
                .param("version", String.valueOf(version)).param("note", "Politiet er orienteret")
                .session(as(caseworker))).andExpect(status().is3xxRedirection());
        assertThat(html(get("/"), caseworker)).doesNotContain("data-testid=\"duty-to-notify-flag\"");
    }

    // ------------------------------------------------------------------ quick actions

    @Test
    void theStartPagesOfCaseworkerAndCoordinatorHaveQuickActionsTheirRoleMayUse() throws Exception {
        String caseworker = part(html(get("/"), TestUsers.CASEWORKER), "quick-actions", "</nav>");
        assertThat(caseworker).contains("href=\"/klienter/ny\"", ">Opret klient<", "href=\"/mentorer\"", ">Find mentor<",
                "href=\"/forloeb?mine=true\"", ">Mine forløb<", "href=\"/forloeb/ny\"", "href=\"/omraade\"")
                .doesNotContain("/mentorer/ny");
        assertThat(part(html(get("/"), TestUsers.COORDINATOR), "quick-actions", "</nav>")).contains("href=\"/mentorer/ny\"");
        assertThat(html(get("/"), TestUsers.DIRECTORATE)).doesNotContain("data-testid=\"quick-actions\"");
        // each leads somewhere the caseworker may go
        for (String path : new String[] {"/klienter/ny", "/forloeb/ny", "/mentorer", "/forloeb?mine=true", "/omraade"}) {
            mvc.perform(get(path).session(as(TestUsers.CASEWORKER))).andExpect(status().isOk());
        }
    }

    // ------------------------------------------------------------------ the header's client search

    private String newClient(String lastName, String cpr) throws Exception {
        mvc.perform(post("/klienter/ny").with(csrf()).session(as(TestUsers.CASEWORKER))
                        .param("firstName", "Hovedsøg").param("lastName", lastName)
                        .param("cpr", cpr).param("preferredLanguage", "DA")
                        .param("status", "UNDER_SUPERVISION").param("unitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD))
                        .param("statusSince", TODAY.minusMonths(2).toString())
                        .param("supervisionEndDate", TODAY.plusMonths(10).toString()))
                .andExpect(status().is3xxRedirection());
        return "Hovedsøg " + lastName;
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
    }

    @Test
    void DP3_theHeaderSearchFindsAClientByNameOrCprThroughThePostedSessionSearch() throws Exception {
        String byName = newClient(unique("Navnesen"), TestCprNumbers.next());
        String cpr = TestCprNumbers.next();
        String byCpr = newClient(unique("Cprsen"), cpr);
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);

        String start = html(get("/"), north);
        int form = start.lastIndexOf("<form", start.indexOf("data-testid=\"header-search\""));
        assertThat(start.substring(form, start.indexOf("</form>", form))).contains("action=\"/klienter/soeg\"", "method=\"post\"",
                "name=\"query\"", "name=\"_csrf\"");

        mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("query", byName.split(" ")[1].toLowerCase(Locale.ROOT)))
                .andExpect(redirectedUrl("/klienter"));
        assertThat(html(get("/klienter"), north)).contains(byName).doesNotContain(byCpr);

        MvcResult byNumber = mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("query", cpr))
                .andExpect(redirectedUrl("/klienter")).andReturn();
        assertThat(byNumber.getResponse().getRedirectedUrl()).doesNotContain(cpr.substring(0, 6));
        String list = html(get("/klienter"), north);
        assertThat(list).contains(byCpr).doesNotContain(byName).doesNotContain(cpr)
                .contains("data-testid=\"cpr-search-active\"");
        String audited = jdbc.queryForObject("""
                select details from audit_event where action = 'CLIENT_SEARCHED' and username = ? order by id desc limit 1
                """, String.class, TestUsers.CASEWORKER);
        assertThat(audited).contains("cpr-søgning=ja").doesNotContain(cpr.substring(0, 6))
                .doesNotContain(cpr.substring(7));

        // an impossible CPR number: the error on the list page, the number not written back
        String refused = html(post("/klienter/soeg").with(csrf()).param("query", "320593-1840"), north);
        assertThat(refused).contains("De første seks cifre i CPR-nummeret er ikke en gyldig dato.")
                .doesNotContain("320593-1840");

        // area scoping (AZ2): another area's caseworker finds neither
        MockHttpSession south = sessions.fresh(TestUsers.CASEWORKER_SOUTH);
        mvc.perform(post("/klienter/soeg").with(csrf()).session(south).param("query", cpr)).andExpect(redirectedUrl("/klienter"));
        assertThat(html(get("/klienter"), south)).doesNotContain(byCpr).contains("data-testid=\"no-clients\"");
    }

    @Test
    void theHeaderSearchIsForTheRolesThatMayListClients() throws Exception {
        assertThat(html(get("/"), TestUsers.COORDINATOR)).contains("data-testid=\"header-search\"");
        assertThat(html(get("/"), TestUsers.DIRECTORATE)).contains("data-testid=\"header-search\"");
        assertThat(html(get("/"), TestUsers.MENTOR)).doesNotContain("data-testid=\"header-search\"");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .doesNotContain("data-testid=\"header-search\"");
    }

    // ------------------------------------------------------------------ the course list: sorting and search

    private static List<String> clientColumn(String page, List<Reports.Course> courses) {
        String table = part(page, "course-list", "</table>");
        List<String> found = new ArrayList<>();
        Matcher cell = Pattern.compile("<tr>\\s*<td><a[^>]*>([^<]*)</a>").matcher(table);
        while (cell.find()) {
            found.add(cell.group(1));
        }
        return found.stream().filter(name -> courses.stream().anyMatch(c -> name.startsWith(c.firstName()))).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void theCourseListSortsByAWhitelistedColumnBothWaysAndSaysSoInAriaSort() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        List<Reports.Course> courses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            courses.add(world.activeCourse(1 + i, caseworker));
        }
        List<String> names = courses.stream().map(c -> c.firstName() + " " + c.lastName())
                .sorted(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))).toList();

        String ascending = html(get("/forloeb").param("mine", "true").param("sortering", "klient"), caseworker);
        assertThat(clientColumn(ascending, courses)).containsExactlyElementsOf(names);
        assertThat(ascending).contains("aria-sort=\"ascending\"").doesNotContain("aria-sort=\"descending\"")
                .contains("href=\"/forloeb?mine=true&sortering=klient&retning=ned\"") // the same column: the other way
                .contains("href=\"/forloeb?mine=true&sortering=start\"");
        assertThat(ascending.split("aria-sort=", -1)).as("only the sorted column").hasSize(2);

        String descending = html(get("/forloeb").param("mine", "true").param("sortering", "klient").param("retning", "ned"),
                caseworker);
        assertThat(clientColumn(descending, courses)).containsExactlyElementsOf(reversed(names));
        assertThat(descending).contains("aria-sort=\"descending\"");

        // by start date: the course started three months ago first
        String byStart = html(get("/forloeb").param("mine", "true").param("sortering", "start"), caseworker);
        assertThat(clientColumn(byStart, courses)).first().asString().startsWith(courses.get(2).firstName());

        // anything else is the default order (newest first), never SQL
        String injected = html(get("/forloeb").param("mine", "true").param("sortering", "k.id; drop table client; --")
                .param("retning", "1 desc"), caseworker);
        assertThat(clientColumn(injected, courses)).containsExactly(courses.get(2).firstName() + " " + courses.get(2).lastName(),
                courses.get(1).firstName() + " " + courses.get(1).lastName(),
                courses.get(0).firstName() + " " + courses.get(0).lastName());
        assertThat(injected).doesNotContain("aria-sort=");
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
    }

    @Test
    void DP3_theCourseListIsSearchedByClientNameThroughThePostedSessionSearchWithinTheArea() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        Reports.Course wanted = world.activeCourse(2, caseworker);
        Reports.Course other = world.activeCourse(3, caseworker);
        MockHttpSession session = as(caseworker);

        assertThat(html(get("/forloeb").param("mine", "true"), session)).contains(wanted.firstName()).contains(other.firstName());
        MvcResult searched = mvc.perform(post("/forloeb/soeg").with(csrf()).session(session)
                        .param("navn", wanted.lastName().toUpperCase(Locale.ROOT)).param("mine", "true")
                        .param("sortering", "klient"))
                .andExpect(redirectedUrl("/forloeb?mine=true&sortering=klient")).andReturn();
        assertThat(searched.getResponse().getRedirectedUrl()).doesNotContain(wanted.lastName());
        String list = html(get("/forloeb").param("mine", "true"), session);
        assertThat(list).contains(wanted.firstName()).doesNotContain(other.firstName())
                .contains("data-testid=\"course-search-active\"");
        assertThat(jdbc.queryForObject("""
                select details from audit_event where action = 'COURSE_LIST_VIEWED' and username = ? order by id desc limit 1
                """, String.class, caseworker)).contains("navn=" + wanted.lastName().toUpperCase(Locale.ROOT));

        mvc.perform(post("/forloeb/soeg").with(csrf()).session(session).param("nulstil", "1"))
                .andExpect(redirectedUrl("/forloeb"));
        assertThat(html(get("/forloeb").param("mine", "true"), session)).contains(other.firstName());

        // another area does not find it; the directorate searches the national list
        MockHttpSession south = as(TestUsers.CASEWORKER_SOUTH);
        mvc.perform(post("/forloeb/soeg").with(csrf()).session(south).param("navn", wanted.lastName()))
                .andExpect(redirectedUrl("/forloeb"));
        assertThat(html(get("/forloeb"), south)).doesNotContain(wanted.firstName());
        MockHttpSession directorate = as(TestUsers.DIRECTORATE);
        mvc.perform(post("/forloeb/soeg").with(csrf()).session(directorate).param("navn", wanted.lastName()))
                .andExpect(redirectedUrl("/forloeb"));
        assertThat(html(get("/forloeb"), directorate)).contains(wanted.firstName()).doesNotContain(other.firstName());

        // too long a name: an error at the field, the list as it was
        String tooLong = html(post("/forloeb/soeg").with(csrf()).param("navn", "x".repeat(101)), session);
        assertThat(tooLong).contains("data-testid=\"error-summary\"").contains("href=\"#navn\"");
    }

    @Test
    void theMineFilterShowsOnlyTheCoursesTheUserIsResponsibleFor() throws Exception {
        String caseworker = staff(Role.CASEWORKER);
        Reports.Course mine = world.activeCourse(2, caseworker);
        Reports.Course colleagues = world.activeCourse(2, staff(Role.CASEWORKER));
        String all = html(get("/forloeb"), caseworker);
        assertThat(all).contains(mine.firstName()).contains(colleagues.firstName());
        String filtered = html(get("/forloeb").param("mine", "true"), caseworker);
        assertThat(filtered).contains(mine.firstName()).doesNotContain(colleagues.firstName())
                .containsPattern("id=\"mine\" name=\"mine\" value=\"true\" checked");
    }

    // ------------------------------------------------------------------ filters say "Alle"

    @Test
    void everyListFilterSaysAlleForNoFilter() throws Exception {
        Map<String, String[]> filters = Map.of(
                "/klienter", new String[] {"status", "risiko"},
                "/forloeb", new String[] {"tilstand"},
                "/mentorer", new String[] {"status", "areaId", "needArea", "taskGroup", "language"},
                "/admin/brugere", new String[] {"role", "areaId"},
                "/admin/revision", new String[] {"action"});
        for (Map.Entry<String, String[]> list : filters.entrySet()) {
            String user = list.getKey().startsWith("/admin") ? TestUsers.DIRECTORATE : TestUsers.CASEWORKER;
            String page = html(get(list.getKey()), user);
            for (String select : list.getValue()) {
                Matcher at = Pattern.compile("<select[^>]*\\sid=\"" + select + "\"").matcher(page);
                assertThat(at.find()).as("%s has the filter %s", list.getKey(), select).isTrue();
                String options = page.substring(at.start(), page.indexOf("</select>", at.start()));
                assertThat(options).as("%s %s", list.getKey(), select).containsPattern("<option value=\"\"[^>]*>Alle</option>")
                        .doesNotContain(">Vælg<");
            }
        }
        // the client list's order always has one: no empty choice at all
        String clients = html(get("/klienter"), TestUsers.CASEWORKER);
        int order = clients.indexOf("id=\"sortering\"");
        assertThat(clients.substring(order, clients.indexOf("</select>", order))).doesNotContain("value=\"\"");
        // a form's select still asks the user to choose
        assertThat(html(get("/klienter/ny"), TestUsers.CASEWORKER)).contains(">Vælg<");
    }
}
