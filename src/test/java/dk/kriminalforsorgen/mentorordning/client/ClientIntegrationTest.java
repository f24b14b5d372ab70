package dk.kriminalforsorgen.mentorordning.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static dk.kriminalforsorgen.mentorordning.support.PageContent.refusedFormWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * The client pages over HTTP on the real database with the demo data: area scoping (AZ2), bad input
 * (IN1), stale edits (CI1), CPR protection (DP2, DP3), audit (AU1), the directorate's purpose (AZ5),
 * certified assessors (E1), and lists and filters that agree with the eligibility engine.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientIntegrationTest extends IntegrationTestBase {

    private static final String UNCERTIFIED = TestUsers.CASEWORKER_UNCERTIFIED;
    private static final long KIF_KBH_NORD = TestUsers.KIF_KOEBENHAVN_NORD;

    @Autowired
    ClientRepository clients;

    @Autowired
    Eligibility eligibility;

    Clients factory;
    LocalDate today;

    @BeforeEach
    void setUp() {
        factory = new Clients(context);
        clock.setDate(LocalDate.of(2026, 11, 23));
        today = clock.today();
    }

    // ------------------------------------------------------------------ helpers

    private static String newCpr() {
        return TestCprNumbers.next();
    }

    /** A last name no other client of the run has, so page contents can be asserted by it. */
    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An eligible client of Hovedstaden with an offer due (E9), registered by the Hovedstaden caseworker. */
    private long northClient(String lastName, String cpr) {
        return factory.eligibleOfferDue(TestUsers.CASEWORKER, KIF_KBH_NORD, "Nordklient", lastName, cpr);
    }

    private MockHttpServletRequestBuilder inmateForm(String firstName, String lastName, String cpr, LocalDate release) {
        return post("/klienter/ny").with(csrf())
                .param("firstName", firstName).param("lastName", lastName).param("cpr", cpr)
                .param("phone", "+45 11 22 33 44").param("preferredLanguage", "DA")
                .param("status", "INMATE").param("unitId", "101").param("releaseUnitId", "104")
                .param("expectedReleaseDate", release.toString()).param("statusSince", today.minusMonths(6).toString());
    }

    private long create(MockHttpSession session, MockHttpServletRequestBuilder form) throws Exception {
        MvcResult result = mvc.perform(form.session(session)).andExpect(status().isFound()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/klienter/\\d+");
        return Long.parseLong(location.substring("/klienter/".length()));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Map<String, Object> clientRow(long id) {
        return jdbc.queryForMap("select version, updated_at, first_name, custody_status, special_need from client where id = ?", id);
    }

    // ------------------------------------------------------------------ AZ2

    @Test
    void AZ2_anotherAreaGets404OnEveryClientUrlGetAndPostAndNothingChanges() throws Exception {
        String name = unique("Nord");
        long id = northClient(name, newCpr());
        MockHttpSession south = sessions.of(TestUsers.CASEWORKER_SOUTH);
        Map<String, Object> before = clientRow(id);
        long assessments = count("select count(*) from risk_assessment where client_id = ?", id);
        long offers = count("select count(*) from mentor_offer where client_id = ?", id);
        long denied = count("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?", String.valueOf(id));

        for (String path : List.of("", "/rediger", "/status", "/vurdering", "/behov", "/tilbud", "/formaal")) {
            mvc.perform(get("/klienter/" + id + path).session(south))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(name))));
        }
        Map<String, MockHttpServletRequestBuilder> posts = Map.of(
                "/cpr", post("/klienter/" + id + "/cpr"),
                "/rediger", post("/klienter/" + id + "/rediger").param("firstName", "X").param("lastName", "Y")
                        .param("version", before.get("version").toString()),
                "/status", post("/klienter/" + id + "/status").param("status", "ELECTRONIC_MONITORING").param("unitId", "304")
                        .param("statusSince", today.toString()).param("version", before.get("version").toString()),
                "/vurdering", post("/klienter/" + id + "/vurdering").param("assessedOn", today.toString()).param("riskLevel", "LOW"),
                "/behov", post("/klienter/" + id + "/behov").param("specialNeed", "x").param("version", before.get("version").toString()),
                "/tilbud", post("/klienter/" + id + "/tilbud").param("offeredOn", today.toString()).param("answer", "DECLINED"),
                "/formaal", post("/klienter/" + id + "/formaal").param("purpose", "a purpose that is long enough"));
        for (Map.Entry<String, MockHttpServletRequestBuilder> entry : posts.entrySet()) {
            mvc.perform(entry.getValue().with(csrf()).session(south))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(name))));
        }
        assertThat(clientRow(id)).isEqualTo(before);
        assertThat(count("select count(*) from risk_assessment where client_id = ?", id)).isEqualTo(assessments);
        assertThat(count("select count(*) from mentor_offer where client_id = ?", id)).isEqualTo(offers);
        assertThat(count("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?", String.valueOf(id)))
                .isEqualTo(denied + 14);
        // The client's own area sees it.
        mvc.perform(get("/klienter/" + id).session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void AZ2_listsAndSearchesShowNoClientOfAnotherArea() throws Exception {
        String southName = unique("Syd");
        String northName = unique("Nord");
        String northCpr = newCpr();
        factory.eligibleOfferDue(TestUsers.CASEWORKER_SOUTH, TestUsers.KIF_ODENSE, "Sydklient", southName, newCpr());
        northClient(northName, northCpr);
        MockHttpSession south = sessions.fresh(TestUsers.CASEWORKER_SOUTH);
        mvc.perform(get("/klienter").session(south))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(southName)))
                .andExpect(content().string(not(containsString(northName))))
                .andExpect(content().string(not(containsString("Nordklient"))));
        for (String filter : List.of("?berettiget=true", "?tilbud=true", "?status=INMATE", "?risiko=HIGH", "?sortering=risiko")) {
            mvc.perform(get("/klienter" + filter).session(south))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(northName))))
                    .andExpect(content().string(not(containsString("Nordklient"))));
        }
        mvc.perform(post("/klienter/soeg").with(csrf()).session(south).param("name", northName))
                .andExpect(redirectedUrl("/klienter"));
        mvc.perform(get("/klienter").session(south))
                .andExpect(content().string(containsString("data-testid=\"no-clients\"")));
        mvc.perform(post("/klienter/soeg").with(csrf()).session(south).param("cpr", northCpr))
                .andExpect(redirectedUrl("/klienter"));
        mvc.perform(get("/klienter").session(south))
                .andExpect(content().string(containsString("data-testid=\"no-clients\"")))
                .andExpect(content().string(not(containsString(northName))));
        // The start page's E9 panel is the area's only.
        mvc.perform(get("/").session(south))
                .andExpect(content().string(containsString(southName)))
                .andExpect(content().string(not(containsString(northName))));
    }

    @Test
    void searchByNameAndExactCprFindsTheAreasClient() throws Exception {
        String byName = unique("Navnesoeg");
        String byCpr = unique("Cprsoeg");
        String cpr = newCpr();
        northClient(byName, newCpr());
        northClient(byCpr, cpr);
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);
        mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("name", byName.toLowerCase()))
                .andExpect(redirectedUrl("/klienter"));
        mvc.perform(get("/klienter").session(north))
                .andExpect(content().string(containsString(byName)))
                .andExpect(content().string(not(containsString(byCpr))));
        mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("cpr", cpr.replace("-", "")))
                .andExpect(redirectedUrl("/klienter"));
        mvc.perform(get("/klienter").session(north))
                .andExpect(content().string(containsString(byCpr)))
                .andExpect(content().string(containsString(cpr.substring(0, 6) + "-xxxx")))
                .andExpect(content().string(not(containsString(cpr))))
                .andExpect(content().string(not(containsString(byName))));
        mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("cpr", "320593-1840"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De første seks cifre i CPR-nummeret er ikke en gyldig dato.")))
                .andExpect(content().string(not(containsString("320593-1840"))));
    }

    // ------------------------------------------------------------------ filters agree with the engine

    @Test
    void E9_eligibleAndOfferDueFiltersAgreeWithTheEligibilityEngine() throws Exception {
        String due = unique("Tilbudmangler");
        String offered = unique("Tilbudgivet");
        String unassessed = unique("Uvurderet");
        northClient(due, newCpr());
        factory.eligibleOffered(TestUsers.CASEWORKER, KIF_KBH_NORD, "Nordklient", offered, newCpr());
        factory.unassessed(TestUsers.CASEWORKER, KIF_KBH_NORD, "Nordklient", unassessed, newCpr());
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);
        Set<String> eligibleByEngine = new TreeSet<>();
        Set<String> offerDueByEngine = new TreeSet<>();
        for (Client client : clients.findAll()) {
            if (client.areaId() != 1L) {
                continue;
            }
            EligibilityResult result = eligibility.evaluate(client.facts(), today);
            if (result.eligible()) {
                eligibleByEngine.add(client.getFullName());
            }
            if (result.offerDue()) {
                offerDueByEngine.add(client.getFullName());
            }
        }
        assertThat(eligibleByEngine).contains("Nordklient " + due, "Nordklient " + offered)
                .doesNotContain("Nordklient " + unassessed);
        assertThat(offerDueByEngine).contains("Nordklient " + due).doesNotContain("Nordklient " + offered);
        // Compared on this test's own clients: clients of other classes (and the demo data of a @DemoDataTest
        // context sharing the run's database) were stored on other days than this test's.
        Set<String> mine = Set.of("Nordklient " + due, "Nordklient " + offered, "Nordklient " + unassessed);
        assertThat(ownOnly(allPages("/klienter?berettiget=true", north), mine)).isEqualTo(ownOnly(eligibleByEngine, mine));
        assertThat(ownOnly(allPages("/klienter?tilbud=true", north), mine)).isEqualTo(ownOnly(offerDueByEngine, mine));
        mvc.perform(get("/").session(north))
                .andExpect(content().string(containsString("data-testid=\"offer-due-panel\"")));
    }

    private static Set<String> ownOnly(Set<String> names, Set<String> own) {
        Set<String> result = new TreeSet<>(names);
        result.retainAll(own);
        return result;
    }

    /**
     * The names on every page of a filtered list: other test classes add clients to the same area, so
     * the filter may fill more than the first page of {@link ClientSearch#PAGE_SIZE} rows.
     */
    private Set<String> allPages(String url, MockHttpSession session) throws Exception {
        Set<String> all = new TreeSet<>();
        for (int page = 0; page < 100; page++) {
            Set<String> onPage = names(mvc.perform(get(url + "&side=" + page).session(session)).andReturn());
            if (onPage.isEmpty()) {
                return all;
            }
            all.addAll(onPage);
        }
        throw new AssertionError("more than 100 pages of clients");
    }

    private static Set<String> names(MvcResult result) throws Exception {
        Set<String> names = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("href=\"/klienter/\\d+\">([^<]+)</a>")
                .matcher(result.getResponse().getContentAsString());
        while (matcher.find()) {
            names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        return names;
    }

    // ------------------------------------------------------------------ IN1

    @Test
    void IN1_badInputIsShownAtTheFieldInDanishKeepsAllOtherInputAndSavesNothing() throws Exception {
        MockHttpSession north = sessions.of(TestUsers.CASEWORKER);
        long before = count("select count(*) from client");
        mvc.perform(inmateForm("Bjørn", "", "320190-1234", today.minusDays(1)).param("email", "bjorn@example.dk").session(north))
                .andExpect(refusedFormWith("Skriv efternavnet.",
                        "De første seks cifre i CPR-nummeret er ikke en gyldig dato.",
                        "Den forventede løsladelse ligger i fortiden.", "aria-invalid=\"true\"", "value=\"Bj&oslash;rn\"",
                        "value=\"bjorn@example.dk\""));
        // Dates in the wrong order, and a wrongly formatted CPR number.
        mvc.perform(post("/klienter/ny").with(csrf()).session(north).param("firstName", "Bjørn").param("lastName", "Holt")
                        .param("cpr", "12345").param("status", "UNDER_SUPERVISION").param("unitId", "104")
                        .param("statusSince", today.minusMonths(1).toString())
                        .param("supervisionEndDate", today.minusMonths(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Slutdatoen skal ligge efter den dato, status gælder fra.")))
                .andExpect(content().string(containsString("Skriv CPR-nummeret som DDMMÅÅ-XXXX")))
                .andExpect(content().string(containsString("value=\"Holt\"")));
        // A custodial status at a probation office, a missing status date, a date that is not a date.
        mvc.perform(post("/klienter/ny").with(csrf()).session(north).param("firstName", "Bjørn").param("lastName", "Holt")
                        .param("cpr", newCpr()).param("status", "INMATE").param("unitId", "104")
                        .param("expectedReleaseDate", "31-02-2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv datoen, status gælder fra.")))
                .andExpect(content().string(containsString("Skriv en gyldig dato")));
        assertThat(count("select count(*) from client")).isEqualTo(before);
    }

    @Test
    void IN1_aCaseworkerCannotRegisterAClientInAnotherArea() throws Exception {
        long before = count("select count(*) from client");
        mvc.perform(post("/klienter/ny").with(csrf()).param("firstName", "Anna").param("lastName", "Vest")
                        .param("cpr", newCpr()).param("status", "INMATE").param("unitId", "301").param("releaseUnitId", "304")
                        .param("expectedReleaseDate", today.plusMonths(5).toString()).param("handOver", "true")
                        .param("statusSince", today.minusMonths(1).toString())
                        .session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enheden hører under et andet område.")));
        assertThat(count("select count(*) from client")).isEqualTo(before);
    }

    @Test
    void IN2_aDuplicateCprNumberIsRefused() throws Exception {
        String cpr = newCpr();
        northClient(unique("Foerste"), cpr);
        mvc.perform(inmateForm("Anna", "Dobbelt", cpr, today.plusMonths(5)).session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Der findes allerede en klient med dette CPR-nummer.")));
    }

    // ------------------------------------------------------------------ CI1

    @Test
    void CI1_theSecondOfTwoEditorsIsToldAndKeepsTheirInput() throws Exception {
        MockHttpSession first = sessions.fresh(TestUsers.CASEWORKER);
        MockHttpSession second = sessions.fresh(TestUsers.COORDINATOR);
        long id = create(first, inmateForm("Karl", "Samtidig", newCpr(), today.plusMonths(6)));
        String version = clientRow(id).get("version").toString();

        mvc.perform(post("/klienter/" + id + "/rediger").with(csrf()).session(first).param("firstName", "Karl")
                        .param("lastName", "Samtidig").param("phone", "11111111").param("version", version))
                .andExpect(redirectedUrl("/klienter/" + id));
        mvc.perform(post("/klienter/" + id + "/rediger").with(csrf()).session(second).param("firstName", "Carl")
                        .param("lastName", "Samtidig").param("phone", "22222222").param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt ændringer i de samme oplysninger")))
                .andExpect(content().string(containsString("value=\"Carl\"")))
                .andExpect(content().string(containsString("value=\"22222222\"")));
        assertThat(clientRow(id).get("first_name")).isEqualTo("Karl");
        assertThat(jdbc.queryForObject("select phone from client where id = ?", String.class, id)).isEqualTo("11111111");

        // The need form and the status form carry the version too.
        mvc.perform(post("/klienter/" + id + "/behov").with(csrf()).session(second).param("specialNeed", "Behov")
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt ændringer")))
                .andExpect(content().string(containsString(">Behov</textarea>")));
        mvc.perform(post("/klienter/" + id + "/status").with(csrf()).session(second).param("status", "INMATE")
                        .param("unitId", "102").param("expectedReleaseDate", today.plusMonths(6).toString())
                        .param("statusSince", today.toString()).param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt ændringer")));
        assertThat(clientRow(id).get("special_need")).isNull();
    }

    // ------------------------------------------------------------------ DP2, DP3, AU1

    @Test
    void DP2_DP3_theFullCprIsNeverInAPageUrlLogOrAuditRowUnlessRevealedAndTheRevealIsAudited(CapturedOutput output)
            throws Exception {
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);
        String cpr = newCpr();
        String masked = cpr.substring(0, 6) + "-xxxx";
        long id = create(north, inmateForm("Dorte", "Skjult", cpr, today.plusMonths(7)));

        MvcResult page = mvc.perform(get("/klienter/" + id).session(north))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains(masked).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        for (String path : List.of("/klienter", "/klienter/" + id + "/rediger", "/klienter/" + id + "/status", "/")) {
            assertThat(mvc.perform(get(path).session(north)).andReturn().getResponse().getContentAsString())
                    .as(path).doesNotContain(cpr).doesNotContain(cpr.substring(7));
        }

        long reveals = count("select count(*) from audit_event where action = 'CPR_REVEALED' and subject_id = ?", String.valueOf(id));
        mvc.perform(post("/klienter/" + id + "/cpr").with(csrf()).session(north))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString(cpr)));
        assertThat(count("select count(*) from audit_event where action = 'CPR_REVEALED' and subject_id = ? and username = ?",
                String.valueOf(id), TestUsers.CASEWORKER)).isEqualTo(reveals + 1);
        // Reloading the page shows it masked again.
        mvc.perform(get("/klienter/" + id).session(north)).andExpect(content().string(not(containsString(cpr))));

        mvc.perform(post("/klienter/soeg").with(csrf()).session(north).param("cpr", cpr)).andExpect(redirectedUrl("/klienter"));
        mvc.perform(get("/klienter").session(north)).andExpect(content().string(containsString("Skjult")))
                .andExpect(content().string(not(containsString(cpr))));

        // The date and the serial together: a 4-digit serial alone turns up by chance in other rows' hex and base64.
        String serial = cpr.substring(7);
        String leaked = "%" + cpr.substring(0, 6) + "%" + serial + "%";
        assertThat(count("select count(*) from audit_event where details like ? or purpose like ? or subject_id like ?",
                leaked, leaked, leaked)).isZero();
        assertThat(count("select count(*) from audit_event where action = 'CLIENT_SEARCHED' and username = ? and details like '%cpr-søgning=ja%'",
                TestUsers.CASEWORKER)).isPositive();
        assertThat(count("select count(*) from client where id = ? and (cpr_encrypted like ? or cpr_hash like ?)",
                id, leaked, leaked)).isZero();
        assertThat(output.getAll()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
    }

    @Test
    void AU1_everyReadSearchAndChangeOfAClientWritesOneAuditRow() throws Exception {
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);
        long id = create(north, inmateForm("Erik", "Revision", newCpr(), today.plusMonths(2)));
        String subject = String.valueOf(id);
        assertThat(actions(subject)).containsExactly("CLIENT_CREATED");

        mvc.perform(get("/klienter/" + id).session(north)).andExpect(status().isOk());
        mvc.perform(post("/klienter/" + id + "/behov").with(csrf()).session(north)
                .param("specialNeed", "Har brug for struktur i hverdagen.").param("motivated", "true")
                .param("motivationDate", today.toString()).param("version", clientRow(id).get("version").toString()))
                .andExpect(redirectedUrl("/klienter/" + id));
        mvc.perform(post("/klienter/" + id + "/vurdering").with(csrf()).session(north).params(assessment("HIGH")))
                .andExpect(redirectedUrl("/klienter/" + id));
        mvc.perform(post("/klienter/" + id + "/tilbud").with(csrf()).session(north)
                .param("offeredOn", today.toString()).param("answer", "ACCEPTED"))
                .andExpect(redirectedUrl("/klienter/" + id));
        mvc.perform(post("/klienter/" + id + "/status").with(csrf()).session(north).param("status", "INMATE")
                .param("unitId", "103").param("releaseUnitId", "104").param("expectedReleaseDate", today.plusMonths(2).toString())
                .param("statusSince", today.toString()).param("version", clientRow(id).get("version").toString()))
                .andExpect(redirectedUrl("/klienter/" + id));
        assertThat(actions(subject)).containsExactly("CLIENT_CREATED", "CLIENT_VIEWED", "CLIENT_NEED_CHANGED",
                "RISK_ASSESSMENT_RECORDED", "MENTOR_OFFER_RECORDED", "CUSTODY_STATUS_CHANGED");
        Map<String, Object> row = jdbc.queryForMap("select username, role, area_id, request_id from audit_event"
                + " where subject_id = ? and action = 'CLIENT_VIEWED'", subject);
        assertThat(row.get("username")).isEqualTo(TestUsers.CASEWORKER);
        assertThat(row.get("role")).isEqualTo("CASEWORKER");
        assertThat(row.get("area_id")).isEqualTo(1L);
        assertThat(row.get("request_id")).isNotNull();
        // The status history keeps both statuses, with who recorded them.
        assertThat(count("select count(*) from client_custody_status where client_id = ? and recorded_by_name = 'Tina Holm'", id))
                .isEqualTo(2);

        long searches = count("select count(*) from audit_event where action = 'CLIENT_SEARCHED' and username = ?", TestUsers.CASEWORKER);
        mvc.perform(get("/klienter?status=INMATE").session(north)).andExpect(status().isOk());
        assertThat(count("select count(*) from audit_event where action = 'CLIENT_SEARCHED' and username = ? and details like '%status=INMATE%'",
                TestUsers.CASEWORKER)).isPositive();
        assertThat(count("select count(*) from audit_event where action = 'CLIENT_SEARCHED' and username = ?", TestUsers.CASEWORKER))
                .isEqualTo(searches + 1);
    }

    private List<String> actions(String subject) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'CLIENT' and subject_id = ? order by id",
                String.class, subject);
    }

    private org.springframework.util.MultiValueMap<String, String> assessment(String risk) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        params.add("assessedOn", today.toString());
        params.add("riskLevel", risk);
        for (NeedArea area : NeedArea.values()) {
            params.add(area.formField(), "MEDIUM");
        }
        return params;
    }

    // ------------------------------------------------------------------ AZ5, E1

    @Test
    void AZ5_theDirectorateStatesAPurposeBeforeOpeningAClientRecordAndItIsAudited() throws Exception {
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        String name = unique("Formaal");
        long id = northClient(name, newCpr());
        mvc.perform(get("/klienter/" + id).session(directorate)).andExpect(redirectedUrl("/klienter/" + id + "/formaal"));
        mvc.perform(post("/klienter/" + id + "/cpr").with(csrf()).session(directorate))
                .andExpect(redirectedUrl("/klienter/" + id + "/formaal"));
        mvc.perform(get("/klienter/" + id + "/formaal").session(directorate))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(post("/klienter/" + id + "/formaal").with(csrf()).session(directorate).param("purpose", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Formålet skal være mellem 10 og 500 tegn.")));
        mvc.perform(post("/klienter/" + id + "/formaal").with(csrf()).session(directorate)
                        .param("purpose", "Klagesag 2027-114: kontrol af områdets afgørelse"))
                .andExpect(redirectedUrl("/klienter/" + id));
        mvc.perform(get("/klienter/" + id).session(directorate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("data-testid=\"client-actions\""))));
        assertThat(count("select count(*) from audit_event where action = 'CLIENT_VIEWED' and subject_id = ? and username = ?"
                        + " and purpose = 'Klagesag 2027-114: kontrol af områdets afgørelse'", String.valueOf(id), TestUsers.DIRECTORATE))
                .isEqualTo(1);
        // The directorate reads; it does not change client records.
        mvc.perform(post("/klienter/" + id + "/tilbud").with(csrf()).session(directorate)
                .param("offeredOn", today.toString()).param("answer", "DECLINED")).andExpect(status().isForbidden());
    }

    @Test
    void AZ5_aMentorHasNoAccessToClients() throws Exception {
        MockHttpSession mentor = sessions.of(TestUsers.MENTOR);
        mvc.perform(get("/klienter").session(mentor)).andExpect(status().isForbidden());
        long id = northClient(unique("Mentorspaerret"), newCpr());
        mvc.perform(get("/klienter/" + id).session(mentor)).andExpect(status().isForbidden());
    }

    @Test
    void E1_onlyACertifiedAssessorMayRecordAnAssessment() throws Exception {
        long id = factory.unassessed(TestUsers.CASEWORKER, KIF_KBH_NORD, "Nordklient", unique("Ikkevurderet"), newCpr());
        MockHttpSession uncertified = sessions.fresh(UNCERTIFIED);
        mvc.perform(get("/klienter/" + id + "/vurdering").session(uncertified))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"not-certified\"")));
        mvc.perform(post("/klienter/" + id + "/vurdering").with(csrf()).session(uncertified).params(assessment("HIGH")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kun certificerede LS/RNR-bedømmere")));
        assertThat(count("select count(*) from risk_assessment where client_id = ?", id)).isZero();
    }

    @Test
    void E5_theClientPageShowsTheReasonWithParagraphAndDanishDates() throws Exception {
        MockHttpSession north = sessions.fresh(TestUsers.CASEWORKER);
        LocalDate release = today.plusMonths(5);
        long id = create(north, inmateForm("Frida", "Udslusning", newCpr(), release));
        String earliest = dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(release.minusMonths(3));
        mvc.perform(get("/klienter/" + id).session(north))
                .andExpect(content().string(containsString("data-verdict=\"NOT_ELIGIBLE\"")))
                .andExpect(content().string(containsString("§3 stk. 1: forventet løsladelse "
                        + dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(release) + ", tidligst start " + earliest)));
        mvc.perform(post("/klienter/" + id + "/behov").with(csrf()).session(north)
                .param("specialNeed", "Behov for støtte til bolig.").param("motivated", "true")
                .param("motivationDate", today.toString()).param("version", clientRow(id).get("version").toString()));
        mvc.perform(post("/klienter/" + id + "/vurdering").with(csrf()).session(north).params(assessment("MEDIUM")));
        mvc.perform(get("/klienter/" + id).session(north))
                .andExpect(content().string(containsString("data-verdict=\"LATER\"")))
                .andExpect(content().string(containsString("Klienten kan tidligst få en mentor fra " + earliest + ".")));
    }
}
