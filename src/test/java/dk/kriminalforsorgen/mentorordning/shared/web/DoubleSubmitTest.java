package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dk.kriminalforsorgen.mentorordning.support.OnceTokens;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.Clients;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.course.CourseMentors;
import dk.kriminalforsorgen.mentorordning.course.CourseSteps;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * CI3: the same form sent twice (double click, reload, back and resend) saves once, for every form
 * that creates a record or changes money or a decision. Each case takes the one-time token from the real
 * rendered form (the form with that action on its page), posts the form twice with it, and checks that
 * the second post saved nothing and was sent to the first one's result.
 */
class DoubleSubmitTest extends IntegrationTestBase {

    /** A Monday well inside a year (C11's calendar year, month arithmetic). */
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    ClientService clientService;

    @Autowired
    CourseMentors courseMentors;

    private Reports world;
    private CourseSteps steps;
    private Clients clients;
    private MentorRegistrySteps registry;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        world = new Reports(context);
        steps = new CourseSteps(context);
        clients = new Clients(context);
        registry = new MentorRegistrySteps(mvc, jdbc, clock);
    }

    /** One form to send twice: by whom, on which page, to which action, with which fields, and what a save adds. */
    record Submission(MockHttpSession session, String page, String action, String[] fields, LongSupplier rows) {
    }

    /** Makes what the form needs (a client, a course in the right state) and describes its submission. */
    @FunctionalInterface
    interface Form {
        Submission prepare(DoubleSubmitTest test) throws Exception;
    }

    private static Arguments form(String name, Form form) {
        return Arguments.of(Named.of(name, form));
    }

    /**
     * Every creating or money-changing form. The three irreversible steps that go through a check page (the
     * establishment, the end of a course and the directorate's decision, issue 16) are sent twice from their
     * check pages in CourseCheckYourAnswersTest and ApprovalIntegrationTest.
     */
    static Stream<Arguments> forms() {
        return Stream.of(
                form("a new client", DoubleSubmitTest::newClient),
                form("an LS/RNR assessment", DoubleSubmitTest::riskAssessment),
                form("a need and motivation", DoubleSubmitTest::need),
                form("a mentor offer (E9)", DoubleSubmitTest::offer),
                form("a custody status change", DoubleSubmitTest::custodyStatus),
                form("a new mentor", DoubleSubmitTest::newMentor),
                form("the client's proposal of a mentor (C3)", DoubleSubmitTest::mentorProposal),
                form("a flag to the directorate (M8)", DoubleSubmitTest::flag),
                form("a new course (C1)", DoubleSubmitTest::prepareCourse),
                form("the course's proposal (C3)", DoubleSubmitTest::courseProposal),
                form("an action plan (C4, C6)", DoubleSubmitTest::actionPlan),
                form("a kick-off meeting (C5)", DoubleSubmitTest::kickOff),
                form("a review meeting (C8)", DoubleSubmitTest::review),
                form("the agreed hours (M10)", DoubleSubmitTest::hours),
                form("an activity grant (C11)", DoubleSubmitTest::grant),
                form("a fee", DoubleSubmitTest::fee),
                form("a hand-over (C2)", DoubleSubmitTest::handOver),
                form("a continuation (C13)", DoubleSubmitTest::continuation),
                form("a telephone status report", DoubleSubmitTest::telephoneReport),
                form("the mentor's own status report (its draft, on the way to the check page)", DoubleSubmitTest::mentorsReport),
                form("the mentor's own status report, submitted from its check page", DoubleSubmitTest::mentorsCheckedReport));
    }

    @ParameterizedTest(name = "CI3: {0} is saved once")
    @MethodSource("forms")
    void CI3_aFormSentTwiceIsSavedOnce(Form form) throws Exception {
        Submission submission = form.prepare(this);
        String token = formToken(submission.session(), submission.page(), submission.action());
        long before = submission.rows().getAsLong();
        MvcResult first = mvc.perform(post(submission).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).as("the first post saves and redirects (status %d)",
                first.getResponse().getStatus()).isNotNull();
        assertThat(submission.rows().getAsLong()).isEqualTo(before + 1);

        MvcResult second = mvc.perform(post(submission).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("flashInfo")).isEqualTo("form.alreadySaved");
        assertThat(submission.rows().getAsLong()).as("saved once").isEqualTo(before + 1);
    }

    /**
     * Issue 14: creating a user answers with the one-time invitation link, rendered by the POST (never stored in
     * clear for a redirect), so the form token is released like after a form error; a second submission is refused
     * as a taken user name and saves nothing.
     */
    @Test
    void CI3_aNewUserSentTwiceIsSavedOnce() throws Exception {
        Submission submission = newUser();
        String token = formToken(submission.session(), submission.page(), submission.action());
        long before = submission.rows().getAsLong();
        MvcResult first = mvc.perform(post(submission).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(first.getResponse().getContentAsString()).contains("data-testid=\"invitation-link\"");
        assertThat(submission.rows().getAsLong()).isEqualTo(before + 1);

        MvcResult second = mvc.perform(post(submission).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(second.getResponse().getContentAsString()).contains("Brugernavnet er allerede i brug")
                .doesNotContain("data-testid=\"invitation-link\"");
        assertThat(submission.rows().getAsLong()).as("saved once").isEqualTo(before + 1);
    }

    private MockHttpServletRequestBuilder post(Submission submission) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(submission.action())
                .session(submission.session()).with(csrf());
        String[] fields = submission.fields();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    /** The one-time token of the POST form with this action on the page, as a browser would have it. */
    private String formToken(MockHttpSession session, String page, String action) throws Exception {
        MvcResult result = mvc.perform(get(page).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s", page).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        int form = html.indexOf("action=\"" + action + "\"");
        assertThat(form).as("the page %s has a form to %s", page, action).isNotNegative();
        Matcher token = OnceTokens.ONCE.matcher(html);
        assertThat(token.find(form)).as("the form to %s carries a one-time token", action).isTrue();
        assertThat(html.indexOf("</form>", form)).as("the token is inside the form").isGreaterThan(token.start());
        return token.group(1);
    }
    // ---------------------------------------------------------------- the forms

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Submission submission(String user, String page, String action, LongSupplier rows, String... fields) {
        return new Submission(sessions.fresh(user), page, action, fields, rows);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String[] clientFields(String lastName) {
        return new String[] {"firstName", "Dorte", "lastName", lastName, "cpr", TestCprNumbers.next(),
                "preferredLanguage", "DA", "status", "INMATE", "unitId", "101", "releaseUnitId", "104",
                "expectedReleaseDate", DAY.plusMonths(4).toString(), "statusSince", DAY.minusMonths(6).toString()};
    }

    /** A client of Hovedstaden under supervision at KiF København Nord, without an assessment yet. */
    private long client() {
        return clients.unassessed(TestUsers.CASEWORKER, TestUsers.KIF_KOEBENHAVN_NORD, "Dorte", unique("Dobbelt"),
                TestCprNumbers.next());
    }

    private long eligibleClient() {
        return clients.eligibleOffered(TestUsers.CASEWORKER, TestUsers.KIF_KOEBENHAVN_NORD, "Dorte", unique("Dobbelt"),
                TestCprNumbers.next());
    }

    private Submission newClient() {
        String lastName = unique("Dobbelt");
        return submission(TestUsers.CASEWORKER, "/klienter/ny", "/klienter/ny",
                () -> count("select count(*) from client where last_name = ?", lastName), clientFields(lastName));
    }

    /** The caseworker's form {@code /klienter/{id}/<form>} of a new client; {@code counted} counts its rows by the client. */
    private Submission clientForm(String form, String counted, LongFunction<String[]> fields) {
        long client = client();
        String path = "/klienter/" + client + "/" + form;
        return submission(TestUsers.CASEWORKER, path, path, () -> count(counted, client), fields.apply(client));
    }

    private Submission riskAssessment() {
        List<String> fields = new ArrayList<>(List.of("assessedOn", DAY.toString(), "riskLevel", "HIGH"));
        for (NeedArea area : NeedArea.values()) {
            fields.addAll(List.of(area.formField(), "MEDIUM"));
        }
        return clientForm("vurdering", "select count(*) from risk_assessment where client_id = ?",
                client -> fields.toArray(String[]::new));
    }

    private Submission need() {
        return clientForm("behov", "select count(*) from client where id = ? and special_need = 'Brug for en fast voksen'",
                client -> new String[] {"version", String.valueOf(steps.clientVersion(client)),
                        "specialNeed", "Brug for en fast voksen", "motivated", "true",
                        "motivationDate", DAY.minusDays(1).toString()});
    }

    private Submission offer() {
        return clientForm("tilbud", "select count(*) from mentor_offer where client_id = ?",
                client -> new String[] {"offeredOn", DAY.toString(), "answer", "ACCEPTED"});
    }

    private Submission custodyStatus() {
        return clientForm("status", "select count(*) from client_custody_status where client_id = ?",
                client -> new String[] {"version", String.valueOf(steps.clientVersion(client)),
                        "status", "VOLUNTARY_SUPERVISION", "unitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD),
                        "statusSince", DAY.toString()});
    }

    private static String[] mentorFields(String lastName) {
        String yesterday = DAY.minusDays(1).toString();
        return new String[] {"firstName", "Dagny", "lastName", lastName, "birthDate", "1980-05-01", "speaksDanish", "true",
                "postalCode", "2200", "city", "København N", "cooperationDeclaredOn", yesterday,
                "documentationDeclaredOn", yesterday, "confidentialitySignedOn", yesterday, "hoursPerWeek", "10",
                "needAreas", "EDUCATION_EMPLOYMENT", "taskGroups", "PRACTICAL"};
    }

    private Submission newMentor() {
        String lastName = MentorRegistrySteps.uniqueLastName("Dobbelt");
        return submission(TestUsers.COORDINATOR, "/mentorer/ny", "/mentorer/ny",
                () -> count("select count(*) from mentor where last_name = ?", lastName), mentorFields(lastName));
    }

    private Submission mentorProposal() {
        long client = eligibleClient();
        String path = "/mentorer/forslag/" + client;
        return submission(TestUsers.CASEWORKER, path, path,
                () -> count("select count(*) from mentor where proposed_for_client_id = ?", client),
                mentorFields(MentorRegistrySteps.uniqueLastName("Forslag")));
    }

    private long registeredCandidate() throws Exception {
        return registry.registeredCandidate(sessions.of(TestUsers.COORDINATOR), "Hanne",
                MentorRegistrySteps.uniqueLastName("Dobbelt"), "Betinget dom 2009");
    }

    private Submission flag() throws Exception {
        long mentor = registeredCandidate();
        return submission(TestUsers.COORDINATOR, "/mentorer/" + mentor, "/mentorer/" + mentor + "/indstil",
                () -> count("select count(*) from approval_case where mentor_id = ?", mentor),
                "justification", "Forholdet er mere end 15 år gammelt.", "version", String.valueOf(registry.version(mentor)));
    }

    private Submission newUser() {
        String username = unique("dobbelt.");
        return submission(TestUsers.DIRECTORATE, "/admin/brugere/ny", "/admin/brugere/ny",
                () -> count("select count(*) from app_user where username = ?", username),
                "username", username, "displayName", "Dobbelt Bruger", "role", "CASEWORKER",
                "areaId", String.valueOf(TestUsers.HOVEDSTADEN),
                "unitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD));
    }

    private Submission prepareCourse() {
        long client = eligibleClient();
        return submission(TestUsers.CASEWORKER, "/forloeb/ny?klient=" + client, "/forloeb/ny",
                () -> count("select count(*) from mentor_course where client_id = ?", client),
                "clientId", String.valueOf(client), "plannedStart", DAY.toString());
    }

    private Submission courseProposal() {
        long course = steps.preparing();
        return courseForm(course, "/forslag",
                () -> count("select count(*) from mentor_course where id = ? and proposal is not null", course),
                "version", String.valueOf(steps.courseVersion(course)), "proposal", "NONE", "proposalText", "");
    }

    private Submission actionPlan() {
        long course = steps.preparing();
        return courseForm(course, "/handleplan",
                () -> count("select count(*) from action_plan_version v join action_plan p on p.id = v.plan_id "
                        + "where p.course_id = ?", course),
                "needDescription", "Klienten har brug for en fast voksen og for støtte til at komme i arbejde.",
                "goals[0].needArea", "EDUCATION_EMPLOYMENT", "goals[0].description", "Fast job eller uddannelse",
                "tasks[0].taskGroup", "PRACTICAL", "tasks[0].mentorTasks", "Jobsøgning",
                "tasks[0].serviceTasks", "Kontakt til jobcenter");
    }

    /** A form of the course's own page for {@code route}, sent by the area's caseworker. */
    private Submission courseForm(long course, String route, LongSupplier rows, String... fields) {
        String path = "/forloeb/" + course + route;
        return submission(TestUsers.CASEWORKER, path, path, rows, fields);
    }

    private LongSupplier meetings(long course, String kind) {
        return () -> count("select count(*) from course_meeting where course_id = ? and kind = ?", course, kind);
    }

    private Submission kickOff() {
        long course = steps.active();
        return courseForm(course, "/opstartsmoede", meetings(course, "KICK_OFF"),
                "heldOn", DAY.toString(), "participants", "Klient, mentor, sagsbehandler", "agreements", "Ugentlige møder");
    }

    private Submission review() {
        long course = steps.activeWithKickOff();
        LocalDate due = DAY.plusMonths(3);
        clock.setDate(due);
        return courseForm(course, "/opfoelgning", meetings(course, "REVIEW"),
                "heldOn", due.toString(), "participants", "Klient, mentor, sagsbehandler",
                "agreements", "Det går godt; planen revideres.", "revisePlan", "true",
                "planVersion", String.valueOf(count("select version from action_plan where course_id = ?", course)),
                // a review that does not revise must send the plan unchanged (no silent loss, issue 16); revising is simpler here
                "needDescription", "Behov revideret ved opfølgningen.",
                "goals[0].needArea", "EDUCATION_EMPLOYMENT", "goals[0].description", "Starte på AMU-kursus",
                "tasks[0].taskGroup", "PRACTICAL", "tasks[0].mentorTasks", "Følge til kursusstart");
    }

    private Submission hours() {
        long course = steps.active();
        return courseForm(course, "/timer",
                () -> count("select count(*) from mentor_course where id = ? and agreed_hours = 3", course),
                "version", String.valueOf(steps.courseVersion(course)), "agreedHours", "3");
    }

    private Submission grant() {
        long course = steps.active();
        return courseForm(course, "/tilskud",
                () -> count("select count(*) from activity_grant where course_id = ?", course),
                "expenseType", "ACTIVITY", "purpose", "Biograftur", "amount", "250");
    }

    private Submission fee() {
        long course = steps.active();
        return courseForm(course, "/honorar",
                () -> count("select count(*) from course_fee where course_id = ?", course),
                "monthlyAmount", "1500", "validFrom", DAY.toString(), "basis", "Aftalt ved etablering");
    }

    private Submission handOver() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(
                CourseSteps.inmateReleasedTo(CourseSteps.KIF_KBH_NORD, DAY.plusMonths(2)), RiskLevel.HIGH));
        long course = steps.ready(client);
        steps.as(TestUsers.CASEWORKER, () -> clientService.changeStatus(client, steps.clientVersion(client),
                CourseSteps.inmateReleasedTo(TestUsers.KIF_ODENSE, DAY.plusMonths(2)), DAY));
        return submission(TestUsers.CASEWORKER, "/forloeb/" + course, "/forloeb/" + course + "/overdrag",
                () -> count("select count(*) from course_handover where course_id = ?", course),
                "note", "Klienten skal i tilsyn i Odense.");
    }

    private Submission continuation() {
        long course = steps.active();
        long client = steps.clientOf(course);
        steps.as(TestUsers.CASEWORKER, () -> clientService.changeStatus(client, steps.clientVersion(client),
                new CustodyPlacement(CustodyStatus.VOLUNTARY_SUPERVISION, CourseSteps.KIF_KBH_NORD, null, null, null), DAY));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select continuation_to_confirm from mentor_course where id = ?", String.class, course) != null);
        return submission(TestUsers.CASEWORKER, "/forloeb/" + course, "/forloeb/" + course + "/fortsaettelse",
                () -> count("select count(*) from course_continuation where course_id = ?", course),
                "version", String.valueOf(steps.courseVersion(course)), "note", "Har accepteret frivilligt tilsyn (§4 stk. 2).");
    }

    private static String[] monthlyReport(YearMonth month, String... more) {
        List<String> fields = new ArrayList<>(List.of("kind", "MONTHLY", "period", month.toString(), "contactsCount", "4",
                "contactsNote", "Vi mødtes hver tirsdag", "goalProgress[0]", "Har søgt to job",
                "goalProgress[1]", "Startet til fodbold", "taskWork[0]", "Hjælp med budget", "hoursSpent", "16",
                "nextSteps", "Jobsamtale"));
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    private Submission telephoneReport() {
        Reports.Course course = world.activeCourse(2, TestUsers.CASEWORKER);
        String path = "/forloeb/" + course.id() + "/rapporter/telefonisk";
        return submission(TestUsers.CASEWORKER, path, path, () -> world.reportCount(course.id()),
                monthlyReport(YearMonth.from(DAY.minusMonths(1)), "receivedOn", DAY.toString()));
    }

    private Submission mentorsReport() {
        Reports.Course course = world.activeCourse(2, TestUsers.CASEWORKER);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/ny";
        return new Submission(sessions.fresh(course.mentorUser(), Reports.PASSWORD), path, path,
                monthlyReport(YearMonth.from(DAY.minusMonths(1)), "handling", "tjek"), () -> world.reportCount(course.id()));
    }

    /** The irreversible step: "Indsend" on the check page of a saved draft (issue 16); a save here is a submitted report. */
    private Submission mentorsCheckedReport() throws Exception {
        Reports.Course course = world.activeCourse(2, TestUsers.CASEWORKER);
        MockHttpSession mentor = sessions.fresh(course.mentorUser(), Reports.PASSWORD);
        YearMonth month = YearMonth.from(DAY.minusMonths(1));
        String check = mvc.perform(Reports.monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                .session(mentor)).andReturn().getResponse().getRedirectedUrl();
        long id = world.reportId(course.id(), month);
        assertThat(check).isEqualTo("/mine-forloeb/" + course.id() + "/rapporter/" + id + "/tjek");
        return new Submission(mentor, check, check.replace("/tjek", "/indsend"),
                new String[] {"version", String.valueOf(count("select version from status_report where id = ?", id))},
                () -> count("select count(*) from status_report where course_id = ? and status <> 'DRAFT'", course.id()));
    }

    // ---------------------------------------------------------------- the token itself

    private MockHttpServletRequestBuilder clientForm(MockHttpSession session, String lastName) {
        return post(new Submission(session, "/klienter/ny", "/klienter/ny", clientFields(lastName), () -> 0));
    }

    @Test
    void CI3_aFormThatWasNotSavedCanBeSentAgainWithTheSameToken() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String token = formToken(caseworker, "/klienter/ny", "/klienter/ny");
        String lastName = unique("Dobbelt");
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/klienter/ny").session(caseworker).with(csrf())
                .param("firstName", "Dorte").param("lastName", lastName).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).as("missing fields: the form is shown again").isNull();
        mvc.perform(clientForm(caseworker, lastName).param(FormTokens.PARAMETER, token));
        assertThat(count("select count(*) from client where last_name = ?", lastName)).isOne();
    }

    @Test
    void CI3_anotherUsersTokenIsNotAShortcutToTheirResult() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String token = formToken(caseworker, "/klienter/ny", "/klienter/ny");
        String lastName = unique("Dobbelt");
        mvc.perform(clientForm(caseworker, lastName).param(FormTokens.PARAMETER, token));
        MockHttpSession other = sessions.fresh(TestUsers.CASEWORKER_UNCERTIFIED);
        MvcResult replay = mvc.perform(clientForm(other, lastName + "x").param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(replay.getResponse().getStatus()).isEqualTo(409);
        assertThat(count("select count(*) from client where last_name like ?", lastName + "%")).isOne();
    }
}
