package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.client.Clients;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryMentors;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 12: the lists as spreadsheets, parsed back with commons-csv: the byte-order mark, semicolons and
 * CRLF; the header; the rows match the page's filter (and the session's name search); another area's rows
 * are never present (AZ2); CPR numbers only masked (DP2); every export audited with its criteria (AU1).
 * The test database is shared with other classes, so each test checks its own rows and the area of every row.
 */
class ListExportsTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    MentorRegistry registry;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    /** A downloaded spreadsheet: its raw text (after the BOM) and its rows by header. */
    record Sheet(String raw, List<String> header, List<CSVRecord> rows) {

        List<String> column(String name) {
            return rows.stream().map(r -> r.get(name)).toList();
        }
    }

    private Sheet export(MockHttpSession session, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF); // UTF-8 BOM: Danish Excel reads æøå
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            return new Sheet(text, parser.getHeaderNames(), parser.getRecords());
        }
    }

    private String lastAudit(String action, String username) {
        return jdbc.queryForObject("select details from audit_event where action = ? and username = ? order by id desc limit 1",
                String.class, action, username);
    }

    private Map<Long, Long> areasOfClients(List<String> ids) {
        return ids.stream().map(Long::valueOf).collect(Collectors.toMap(id -> id,
                id -> jdbc.queryForObject("select area_id from client where id = ?", Long.class, id)));
    }

    @Test
    void AU1_AZ2_DP2_theClientListExportHasThePagesFilterAndSearch_onlyTheAreasClients_cprMasked() throws Exception {
        Clients clients = new Clients(context);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String dueCpr = TestCprNumbers.next();
        long offerDue = clients.eligibleOfferDue(TestUsers.CASEWORKER, CourseSteps.KIF_KBH_NORD, "Åse", "Eksportsen" + suffix, dueCpr);
        long unassessed = clients.unassessed(TestUsers.CASEWORKER, CourseSteps.KIF_KBH_NORD, "Bo", "Eksportsen" + suffix,
                TestCprNumbers.next());
        long south = clients.eligibleOfferDue(TestUsers.CASEWORKER_SOUTH, TestUsers.KIF_ODENSE, "Carl", "Eksportsen" + suffix,
                TestCprNumbers.next());
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);

        // the page's link carries its filter
        String page = mvc.perform(get("/klienter?tilbud=true&sortering=navn").session(caseworker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Eksportér til regneark (CSV)", "/klienter/eksport.csv?tilbud=true&amp;sortering=navn");

        Sheet sheet = export(caseworker, "/klienter/eksport.csv?tilbud=true&sortering=navn");
        assertThat(sheet.header()).containsExactly("Id", "Navn", "CPR-nummer (maskeret)", "Status", "Enhed",
                "Forventet løsladelse", "Tilsyn slutter", "Risiko", "Seneste LS/RNR", "Berettiget nu", "Berettiget fra",
                "Tilbud mangler");
        List<String> ids = sheet.column("Id");
        assertThat(ids).contains(String.valueOf(offerDue)).doesNotContain(String.valueOf(unassessed), String.valueOf(south));
        assertThat(areasOfClients(ids).values()).containsOnly(TestUsers.HOVEDSTADEN);
        assertThat(sheet.column("Tilbud mangler")).containsOnly("Ja");
        CSVRecord row = sheet.rows().stream().filter(r -> r.get("Id").equals(String.valueOf(offerDue))).findFirst().orElseThrow();
        assertThat(row.get("Navn")).isEqualTo("Åse Eksportsen" + suffix);
        assertThat(row.get("CPR-nummer (maskeret)")).isEqualTo(Cpr.of(dueCpr).masked());
        assertThat(sheet.raw()).doesNotContain(Cpr.of(dueCpr).full()).doesNotContain(dueCpr);
        assertThat(lastAudit("CLIENT_LIST_EXPORTED", TestUsers.CASEWORKER))
                .contains("tilbud-mangler=ja", "sortering=navn", "rækker=" + sheet.rows().size());

        // the session's name search applies too (never in the URL, DP3)
        mvc.perform(post("/klienter/soeg").with(csrf()).param("name", "Eksportsen" + suffix).session(caseworker))
                .andExpect(status().is3xxRedirection());
        Sheet searched = export(caseworker, "/klienter/eksport.csv");
        assertThat(searched.column("Id")).containsExactlyInAnyOrder(String.valueOf(offerDue), String.valueOf(unassessed));
        assertThat(lastAudit("CLIENT_LIST_EXPORTED", TestUsers.CASEWORKER)).contains("navn=Eksportsen" + suffix, "rækker=2");

        // the other area's caseworker gets only their own client with the same search
        MockHttpSession southSession = sessions.fresh(TestUsers.CASEWORKER_SOUTH);
        mvc.perform(post("/klienter/soeg").with(csrf()).param("name", "Eksportsen" + suffix).session(southSession))
                .andExpect(status().is3xxRedirection());
        assertThat(export(southSession, "/klienter/eksport.csv").column("Id")).containsExactly(String.valueOf(south));
    }

    @Test
    void AU1_AZ2_theCourseListExportHasThePagesFilter_andNoOtherAreasCourses() throws Exception {
        CourseSteps steps = new CourseSteps(context);
        long active = steps.active();
        long preparing = steps.preparing();
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String page = mvc.perform(get("/forloeb?tilstand=ACTIVE").session(caseworker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/forloeb/eksport.csv?tilstand=ACTIVE");

        Sheet sheet = export(caseworker, "/forloeb/eksport.csv?tilstand=ACTIVE");
        assertThat(sheet.header()).containsExactly("Forløb nr.", "Klient", "Tilstand", "Startdato", "Forløbsansvarlig",
                "Næste møde", "Frist", "Overskredet");
        assertThat(sheet.column("Forløb nr.")).contains(String.valueOf(active)).doesNotContain(String.valueOf(preparing));
        assertThat(sheet.column("Tilstand")).containsOnly("Aktivt");
        CSVRecord row = sheet.rows().stream().filter(r -> r.get("Forløb nr.").equals(String.valueOf(active))).findFirst()
                .orElseThrow();
        assertThat(row.get("Startdato")).isEqualTo("2026-03-02");
        for (String id : sheet.column("Forløb nr.")) {
            assertThat(jdbc.queryForObject("select area_id from mentor_course where id = ?", Long.class, Long.valueOf(id)))
                    .as("course " + id).isEqualTo(TestUsers.HOVEDSTADEN);
        }
        assertThat(lastAudit("COURSE_LIST_EXPORTED", TestUsers.CASEWORKER)).contains("tilstand=ACTIVE",
                "rækker=" + sheet.rows().size());

        Sheet south = export(sessions.fresh(TestUsers.CASEWORKER_SOUTH), "/forloeb/eksport.csv");
        assertThat(south.column("Forløb nr.")).doesNotContain(String.valueOf(active), String.valueOf(preparing));
    }

    @Test
    void AU1_theRegistryExportHasTheSearchsCriteria() throws Exception {
        RegistryMentors mentors = new RegistryMentors(registry, clock);
        long approved;
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        try (SignedIn ignored = SignedIn.as(coordinator)) {
            approved = mentors.approved("Eksport");
        }
        String lastName = jdbc.queryForObject("select last_name from mentor where id = ?", String.class, approved);
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String page = mvc.perform(get("/mentorer?name=" + lastName).session(caseworker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/mentorer/eksport.csv?name=" + lastName);

        Sheet sheet = export(caseworker, "/mentorer/eksport.csv?name=" + lastName);
        assertThat(sheet.header()).startsWith("Id", "Navn", "Status", "Område");
        assertThat(sheet.column("Id")).containsExactly(String.valueOf(approved));
        assertThat(sheet.rows().get(0).get("Navn")).isEqualTo("Eksport " + lastName);
        assertThat(sheet.rows().get(0).get("Status")).isEqualTo("Godkendt");
        assertThat(lastAudit("MENTOR_LIST_EXPORTED", TestUsers.CASEWORKER)).contains("rows=1");
        // a search with invalid criteria exports nothing and leads back to the search page
        mvc.perform(get("/mentorer/eksport.csv?minFreeHours=-5").session(caseworker)).andExpect(status().is3xxRedirection());
    }

    @Test
    void AU1_AZ2_theOverdueReportsExportIsTheCoordinatorsAreaOnly() throws Exception {
        Reports world = new Reports(context);
        Reports.Course overdue = world.activeCourse(3);
        Sheet sheet = export(sessions.fresh(TestUsers.COORDINATOR), "/rapporter/forfaldne/eksport.csv");
        assertThat(sheet.header()).containsExactly("Forløb nr.", "Klient", "Forløbsansvarlig", "Manglende måneder",
                "Ældste frist", "Kvartalsrapport forfalden");
        CSVRecord row = sheet.rows().stream().filter(r -> r.get("Forløb nr.").equals(String.valueOf(overdue.id())))
                .findFirst().orElseThrow();
        assertThat(Integer.parseInt(row.get("Manglende måneder"))).isPositive();
        for (String id : sheet.column("Forløb nr.")) {
            assertThat(jdbc.queryForObject("select area_id from mentor_course where id = ?", Long.class, Long.valueOf(id)))
                    .isEqualTo(TestUsers.HOVEDSTADEN);
        }
        assertThat(lastAudit("REPORT_LIST_EXPORTED", TestUsers.COORDINATOR)).contains("omfang=område",
                "rækker=" + sheet.rows().size());
        Sheet south = export(sessions.fresh(TestUsers.COORDINATOR_SOUTH), "/rapporter/forfaldne/eksport.csv");
        assertThat(south.column("Forløb nr.")).doesNotContain(String.valueOf(overdue.id()));
    }
}
