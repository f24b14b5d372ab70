package dk.kriminalforsorgen.mentorordning.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 13, deliverable 6: each national figure computed on a small data set counted by hand, with the
 * quarter boundaries; the compliance roll-up and data-quality lists scoped to the coordinator's area.
 * The data set lives in Midt- og Nordjylland (area 4) in 2030-2031; figures are compared as the change
 * the data set makes (other test classes may have left data in the shared test database).
 *
 * <pre>
 * today 2031-05-15: current quarter Q2 2031 (04-01..06-30), previous Q1 2031 (01-01..03-31)
 * client A  under supervision, HIGH, KiF Aarhus, eligible 2031-01-10..     offer 2031-02-01 ACCEPTED
 *           course KA ACTIVE from 2031-02-15 (mentor M1, vetting checked 2029-01-01: expired)
 *           kick-off 2031-02-20, review 2031-05-10; monthly reports Feb, Apr (Apr submitted 05-02, duty to notify)
 * client B  inmate, MEDIUM, Fængslet Skovbo, release 2031-09-01, eligible 2031-06-01..   offer 2031-04-03 DECLINED
 * client C  under supervision, HIGH, KiF Aarhus, eligible 2030-10-01..2031-03-31         offer 2030-10-05 ACCEPTED
 *           course KC 2030-11-01..2031-03-20 PURPOSE_ACHIEVED, goals EDUCATION_EMPLOYMENT achieved, COMPANIONS partly
 *           kick-off 2030-11-05, review 2031-02-10 (due 02-05: late); monthly report Jan only
 * client D  inmate whose expected release 2031-04-01 has passed (data quality)
 * mentor M2 approved, checked 2031-01-05; approval case flagged 2031-01-10, decided 2031-04-20 (100 days)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightFiguresIntegrationTest extends IntegrationTestBase {

    static final long MIDT = 4;
    static final long KIF_AARHUS = 404;
    static final long SKOVBO = 401;
    static final String COORDINATOR_MIDT = "t.tovholder.midt";
    static final LocalDate TODAY = LocalDate.of(2031, 5, 15);
    static final LocalDate Q2 = LocalDate.of(2031, 4, 1);
    static final LocalDate Q1 = LocalDate.of(2031, 1, 1);

    @Autowired
    CprProtector cprs;
    @Autowired
    InsightAggregates aggregates;
    @Autowired
    ComplianceOverview compliance;
    @Autowired
    UserAdministration users;

    InsightWorld world;
    Map<String, double[]> baseline;
    long courseA;
    long courseC;
    long clientD;

    @BeforeEach
    void dataSet() {
        clock.setDate(TODAY);
        if (world != null) {
            return;
        }
        try {
            users.create(COORDINATOR_MIDT, TestUsers.PASSWORD,
                    new UserAdministration.Assignment("Maja Midt", Role.COORDINATOR, MIDT, KIF_AARHUS, false));
        } catch (Refusal alreadyThere) {
            // another context of the run made the user
        }
        aggregates.rebuild();
        baseline = figures();
        world = new InsightWorld(jdbc, cprs);
        long responsible = jdbc.queryForObject("select id from app_user where username = ?", Long.class, COORDINATOR_MIDT);
        long m1 = world.mentor(MIDT, "APPROVED", LocalDate.of(2029, 1, 1));
        long m2 = world.mentor(MIDT, "APPROVED", LocalDate.of(2031, 1, 5));
        world.approvalCase(m2, MIDT, LocalDate.of(2031, 1, 10), LocalDate.of(2031, 4, 20));

        long a = world.client(MIDT, KIF_AARHUS, "Aalund", "UNDER_SUPERVISION", "HIGH", LocalDate.of(2031, 1, 5), null,
                LocalDate.of(2031, 1, 10), null);
        world.offer(a, LocalDate.of(2031, 2, 1), "ACCEPTED");
        courseA = world.course(a, MIDT, m1, responsible, LocalDate.of(2031, 2, 15), null, null);
        world.meeting(courseA, "KICK_OFF", LocalDate.of(2031, 2, 20));
        world.meeting(courseA, "REVIEW", LocalDate.of(2031, 5, 10));
        world.monthlyReport(courseA, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 3, 5), false);
        world.monthlyReport(courseA, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 5, 2), true);

        long b = world.client(MIDT, SKOVBO, "Bisgaard", "INMATE", "MEDIUM", LocalDate.of(2031, 3, 1),
                LocalDate.of(2031, 9, 1), LocalDate.of(2031, 6, 1), null);
        world.offer(b, LocalDate.of(2031, 4, 3), "DECLINED");

        long c = world.client(MIDT, KIF_AARHUS, "Carlsen", "UNDER_SUPERVISION", "HIGH", LocalDate.of(2030, 9, 1), null,
                LocalDate.of(2030, 10, 1), LocalDate.of(2031, 3, 31));
        world.offer(c, LocalDate.of(2030, 10, 5), "ACCEPTED");
        courseC = world.course(c, MIDT, m2, responsible, LocalDate.of(2030, 11, 1), LocalDate.of(2031, 3, 20), "PURPOSE_ACHIEVED");
        world.meeting(courseC, "KICK_OFF", LocalDate.of(2030, 11, 5));
        world.meeting(courseC, "REVIEW", LocalDate.of(2031, 2, 10));
        world.monthlyReport(courseC, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 3), false);
        world.goalOutcome(courseC, 1, "EDUCATION_EMPLOYMENT", "ACHIEVED");
        world.goalOutcome(courseC, 2, "COMPANIONS", "PARTLY");

        // Issue 17: KA builds on the client's job plan in Aarhus, KC on an education plan.
        world.municipalPlan(courseA, "JOB_PLAN", 751);
        world.municipalPlan(courseC, "EDUCATION_PLAN", 751);

        clientD = world.client(MIDT, SKOVBO, "Dahl", "INMATE", "HIGH", LocalDate.of(2031, 1, 2), LocalDate.of(2031, 4, 1),
                null, null);
        aggregates.rebuild();
    }

    @AfterAll
    void removeDataSet() {
        if (world != null) {
            world.removeAll();
            clock.setDate(TODAY);
            aggregates.rebuild();
            clock.reset();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # eligible Q2: A (from 01-10, open) and B (from 06-01, the quarter's last month); C's window ended 03-31
            2031-04-01 | ELIGIBLE            | '' | 2  | 2
            # eligible Q1: A and C (until 03-31, the quarter's last day); B from 06-01 not yet
            2031-01-01 | ELIGIBLE            | '' | 2  | 2
            2031-04-01 | OFFERED             | '' | 1  | 1
            2031-04-01 | ACCEPTED            | '' | 0  | 0
            2031-01-01 | OFFERED             | '' | 1  | 1
            2031-01-01 | ACCEPTED            | '' | 1  | 1
            # A accepted 2031-02-01, course started 2031-02-15: 14 days over 1 course
            2031-01-01 | OFFER_TO_START_DAYS | '' | 14 | 1
            2031-04-01 | OFFER_TO_START_DAYS | '' | 0  | 0
            """)
    void E1_E4_E9_clientsEligibleOfferedAndAcceptedPerQuarter_countedOnTheQuarterBoundaries(
            LocalDate quarter, Figure figure, String category, double amount, double count) {
        assertThat(change(quarter, figure, category)).containsExactly(amount, count);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2031-01-01 | COURSES_STARTED | ''                              | 1 | 1
            2031-04-01 | COURSES_STARTED | ''                              | 0 | 0
            # Q1: KA and KC (ended 03-20); Q2: KA only
            2031-01-01 | COURSES_ACTIVE  | ''                              | 2 | 2
            2031-04-01 | COURSES_ACTIVE  | ''                              | 1 | 1
            2031-01-01 | COURSES_ENDED   | PURPOSE_ACHIEVED                | 1 | 1
            2031-04-01 | COURSES_ENDED   | PURPOSE_ACHIEVED                | 0 | 0
            2031-01-01 | GOAL_OUTCOMES   | EDUCATION_EMPLOYMENT:ACHIEVED   | 1 | 1
            2031-01-01 | GOAL_OUTCOMES   | COMPANIONS:PARTLY               | 1 | 1
            2031-01-01 | GOAL_OUTCOMES   | COMPANIONS:ACHIEVED             | 0 | 0
            """)
    void C1_C12_coursesStartedActiveAndEndedByReason_andGoalOutcomesPerNeedArea(
            LocalDate quarter, Figure figure, String category, double amount, double count) {
        assertThat(change(quarter, figure, category)).containsExactly(amount, count);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # C8 Q1: KC's kick-off 2030-11-05 made a review due 2031-02-05; held 02-10: late. 0 of 1.
            2031-01-01 | REVIEWS_ON_TIME           | '' | 0 | 1
            # C8 Q2: KA's kick-off 02-20 made one due 05-20; held 05-10: on time. KC's next (05-10) fell after it ended.
            2031-04-01 | REVIEWS_ON_TIME           | '' | 1 | 1
            # S1 Q1: KA Feb (delivered), Mar (missing); KC Jan (delivered), Feb (missing), Mar (ended 03-20, missing): 2 of 5
            2031-01-01 | MONTHLY_REPORTS_DELIVERED | '' | 2 | 5
            # S1 Q2: only April has fallen due (04-30 + 10 days = 05-10 < 05-15); May is due 06-10
            2031-04-01 | MONTHLY_REPORTS_DELIVERED | '' | 1 | 1
            2031-04-01 | DUTY_TO_NOTIFY            | '' | 1 | 1
            2031-01-01 | DUTY_TO_NOTIFY            | '' | 0 | 0
            """)
    void C8_reviewsHeldOnTime_andS1_monthlyReportsDelivered_andS4_dutyToNotify(
            LocalDate quarter, Figure figure, String category, double amount, double count) {
        assertThat(change(quarter, figure, category)).containsExactly(amount, count);
    }

    @Test
    void coursesWithAMunicipalPlan_countedWhileActiveInTheQuarter_inTheCoursesArea() throws Exception {
        // Q1: KA and KC were both active and build on a municipal plan; Q2: KA only (KC ended 03-20)
        assertThat(change(Q1, Figure.COURSES_WITH_MUNICIPAL_PLAN, "")).containsExactly(2, 2);
        assertThat(change(Q2, Figure.COURSES_WITH_MUNICIPAL_PLAN, "")).containsExactly(1, 1);
        // A course whose plan builds on no municipal plan is not counted: back to none, the figure drops.
        world.municipalPlan(courseC, "NONE", 751);
        aggregates.rebuild();
        assertThat(change(Q1, Figure.COURSES_WITH_MUNICIPAL_PLAN, "")).containsExactly(1, 1);
        world.municipalPlan(courseC, "EDUCATION_PLAN", 751);
        aggregates.rebuild();
        // The directorate reads it as a table and a CSV like every other figure.
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        String csv = mvc.perform(get("/landstal/csv").param("figur", "COURSES_WITH_MUNICIPAL_PLAN")
                        .param("kvartal", "2031-2").param("omraade", String.valueOf(MIDT)).session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Aktive forløb, hvis handleplan bygger på en kommunal plan").contains("Midt- og Nordjylland;");
    }

    @Test
    void M8_M10_approvalWaitingTime_registryStatusCapacityAndExpiringVetting() {
        assertThat(change(Q2, Figure.APPROVAL_WAIT_DAYS, "")).containsExactly(100, 1);
        // open at the end of Q1 (flagged 01-10, decided 04-20), not at the end of Q2
        assertThat(change(Q1, Figure.APPROVALS_OPEN, "")).containsExactly(1, 1);
        assertThat(change(Q2, Figure.APPROVALS_OPEN, "")).containsExactly(0, 0);
        assertThat(change(Q2, Figure.MENTORS_BY_STATUS, "APPROVED")).containsExactly(2, 2);
        // M1's check of 2029-01-01 was valid for 24 months, until 2030-12-31
        assertThat(change(Q2, Figure.VETTING_EXPIRING, "EXPIRED")).containsExactly(1, 1);
        // M10: M1 has KA's 5 hours, M2 none (KC ended): 5 / 18.5 half-time equivalents over 2 approved mentors
        double[] capacity = change(Q2, Figure.CAPACITY_USED, "");
        assertThat(capacity[0]).isCloseTo(5 / 18.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(capacity[1]).isEqualTo(2);
    }

    @Test
    void nationalFiguresPageShowsTheQuarterAgainstThePreviousPerAreaWithChartsTablesAndAuditedCsv() throws Exception {
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        String page = mvc.perform(get("/landstal").param("kvartal", "2031-2").param("omraade", String.valueOf(MIDT))
                        .session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"figure-COURSES_ACTIVE\"", "<svg", "role=\"img\"", "<table", "Midt- og Nordjylland");
        for (Figure figure : Figure.values()) {
            assertThat(page).as(figure.name()).contains("data-testid=\"figure-" + figure.name() + "\"");
        }
        long audits = auditCount();
        byte[] csv = mvc.perform(get("/landstal/csv").param("figur", "COURSES_ACTIVE").param("kvartal", "2031-2")
                        .param("omraade", String.valueOf(MIDT)).session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(csv[0]).isEqualTo((byte) 0xEF); // UTF-8 byte-order mark for Danish Excel
        assertThat(text).contains(";").contains("Midt- og Nordjylland;");
        assertThat(auditCount()).isEqualTo(audits + 1);
        String start = mvc.perform(get("/").session(directorate)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(start).contains("data-testid=\"panel-national-figures\"", "Dette kvartal", "Forrige kvartal", "<svg");
        mvc.perform(get("/landstal").session(sessions.fresh(TestUsers.COORDINATOR))).andExpect(status().isForbidden());
    }

    @Test
    void theCoursePageShowsTheCompliancePanelOfAnOpenCourse_withParagraphsNotRuleIds() throws Exception {
        MockHttpSession midt = sessions.fresh(COORDINATOR_MIDT);
        String page = mvc.perform(get("/forloeb/" + courseA).session(midt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"compliance-panel\"", "data-rule=\"C8\"", "§13")
                .doesNotContain("<span>C8</span>");
        String ended = mvc.perform(get("/forloeb/" + courseC).session(midt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ended).doesNotContain("data-testid=\"compliance-panel\"");
    }

    @Test
    void C5_C8_S1_S3_coursePanelOfTheActiveCourse_onItsBoundaryDays() {
        try (SignedIn ignored = SignedIn.as(sessions.fresh(COORDINATOR_MIDT))) {
            Map<Rule, ComplianceStatus> panel = panel(courseA);
            assertThat(panel).containsEntry(Rule.C5, ComplianceStatus.MET).containsEntry(Rule.C8, ComplianceStatus.DUE)
                    .containsEntry(Rule.S1, ComplianceStatus.OVERDUE).containsEntry(Rule.S3, ComplianceStatus.DUE)
                    .containsEntry(Rule.E1, ComplianceStatus.MET).containsEntry(Rule.E5, ComplianceStatus.NOT_APPLICABLE)
                    .containsEntry(Rule.C4, ComplianceStatus.MET).containsEntry(Rule.C6, ComplianceStatus.MET)
                    .containsEntry(Rule.C7, ComplianceStatus.MET).containsEntry(Rule.E9, ComplianceStatus.MET);
            clock.setDate(LocalDate.of(2031, 8, 10)); // the review's due day: still due
            assertThat(panel(courseA)).containsEntry(Rule.C8, ComplianceStatus.DUE);
            clock.setDate(LocalDate.of(2031, 8, 11)); // the day after: overdue
            assertThat(panel(courseA)).containsEntry(Rule.C8, ComplianceStatus.OVERDUE);
            assertThat(compliance.coursePanel(courseC)).as("an ended course has no panel").isEmpty();
        }
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR))) {
            assertThat(compliance.coursePanel(courseA)).as("another area's course").isEmpty();
        }
    }

    @Test
    void AZ2_complianceListsAreTheCoordinatorsOwnArea_theDirectorateSeesCountsWithoutNames() throws Exception {
        MockHttpSession midt = sessions.fresh(COORDINATOR_MIDT);
        String own = mvc.perform(get("/overholdelse").session(midt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the overdue S1 of KA is on the page, linked to where it is put right: two clicks from the start page
        assertThat(own).contains("data-testid=\"compliance-overdue\"", "/forloeb/" + courseA + "/rapporter", "Indsigt Aalund");
        String start = mvc.perform(get("/").session(midt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(start).contains("data-testid=\"compliance-link\"", "href=\"/overholdelse\"");

        MockHttpSession hovedstaden = sessions.fresh(TestUsers.COORDINATOR);
        String other = mvc.perform(get("/overholdelse/forloeb").param("omraade", String.valueOf(MIDT))
                        .param("status", "OVERDUE").session(hovedstaden))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain("data-course=\"" + courseA + "\"").doesNotContain("Aalund");
        try (SignedIn ignored = SignedIn.as(hovedstaden)) {
            assertThat(compliance.lines(MIDT, null, null, null, null, 0)).allMatch(l -> "Hovedstaden".equals(l.areaName()));
        }

        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        String national = mvc.perform(get("/overholdelse/forloeb").param("omraade", String.valueOf(MIDT))
                        .param("regel", "S1").param("status", "OVERDUE").session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(national).contains("data-course=\"" + courseA + "\"").doesNotContain("Aalund");
        mvc.perform(get("/datakvalitet").session(directorate)).andExpect(status().isForbidden());
    }

    @Test
    void dataQualityListsTheCoordinatorsOwnAreaWithLinksToFixIt() throws Exception {
        String midt = mvc.perform(get("/datakvalitet").session(sessions.fresh(COORDINATOR_MIDT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // D's expected release 2031-04-01 has passed; KA's mentor M1 was checked 2029-01-01 (expired 2030-12-31)
        assertThat(midt).contains("/klienter/" + clientD + "/status", "Indsigt Dahl", "1. januar 2029");
        String hovedstaden = mvc.perform(get("/datakvalitet").session(sessions.fresh(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(hovedstaden).doesNotContain("Indsigt Dahl").doesNotContain("/klienter/" + clientD + "/");
        // Issue 10/13: the refresh job counts each list per area (the page shows the count when a list is cut)
        aggregates.rebuild();
        Long counted = jdbc.queryForObject("select items from insight_quality_count where area_id = ? and kind = ?",
                Long.class, MIDT, "inmatesWithoutRelease");
        assertThat(counted).isEqualTo(midt.split("/status\"", -1).length - 1L).isPositive();
    }

    @Test
    void dataQualityListsClientsOfTheAreaWithTheSameName_notThoseOfAnotherArea() throws Exception {
        long first = world.client(MIDT, KIF_AARHUS, "Ebbesen", "UNDER_SUPERVISION", "HIGH", TODAY.minusMonths(1), null, null, null);
        long second = world.client(MIDT, SKOVBO, " ebbesen ", "UNDER_SUPERVISION", "HIGH", TODAY.minusMonths(1), null, null, null);
        long single = world.client(MIDT, SKOVBO, "Enkeltsen", "UNDER_SUPERVISION", "HIGH", TODAY.minusMonths(1), null, null, null);
        long elsewhere = world.client(1, 101, "Ebbesen", "UNDER_SUPERVISION", "HIGH", TODAY.minusMonths(1), null, null, null);
        long elsewhereToo = world.client(1, 102, "Ebbesen", "UNDER_SUPERVISION", "HIGH", TODAY.minusMonths(1), null, null, null);
        String midt = mvc.perform(get("/datakvalitet").session(sessions.fresh(COORDINATOR_MIDT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(midt).contains("href=\"/klienter/" + first + "\"", "href=\"/klienter/" + second + "\"")
                .doesNotContain("href=\"/klienter/" + single + "\"")
                .doesNotContain("href=\"/klienter/" + elsewhere + "\"");
        String hovedstaden = mvc.perform(get("/datakvalitet").session(sessions.fresh(TestUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(hovedstaden).contains("href=\"/klienter/" + elsewhere + "\"", "href=\"/klienter/" + elsewhereToo + "\"")
                .doesNotContain("href=\"/klienter/" + first + "\"");
    }

    private Map<Rule, ComplianceStatus> panel(long courseId) {
        return compliance.coursePanel(courseId).orElseThrow().stream()
                .collect(Collectors.toMap(ComplianceItem::rule, ComplianceItem::status));
    }

    private long auditCount() {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, FigureCsv.EXPORT);
    }

    /** What the data set added to one figure of area 4: {amount, count}. */
    private double[] change(LocalDate quarter, Figure figure, String category) {
        double[] after = figures().getOrDefault(key(quarter, figure.name(), category), new double[2]);
        double[] before = baseline.getOrDefault(key(quarter, figure.name(), category), new double[2]);
        return new double[] {round(after[0] - before[0]), round(after[1] - before[1])};
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private Map<String, double[]> figures() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select quarter_start, figure, category, sum(amount) as amount, sum(count) as count
                from insight_figure where area_id = ? and quarter_start in (?, ?)
                group by quarter_start, figure, category
                """, MIDT, Date.valueOf(Q1), Date.valueOf(Q2));
        return rows.stream().collect(Collectors.toMap(
                r -> key(((Date) r.get("quarter_start")).toLocalDate(), (String) r.get("figure"), (String) r.get("category")),
                r -> new double[] {((Number) r.get("amount")).doubleValue(), ((Number) r.get("count")).doubleValue()}));
    }

    private static String key(LocalDate quarter, String figure, String category) {
        return quarter + "/" + figure + "/" + category;
    }
}
