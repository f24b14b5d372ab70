package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * CI3: the same form sent twice (double click, reload, back and resend) saves once, for every form
 * that creates a record or changes money. Each test takes the one-time token from the real rendered
 * form, posts the form twice with it, and checks that the second post saved nothing and was sent to
 * the first one's result.
 */
@IntegrationTest
class DoubleSubmitTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_once\"\\s+value=\"([0-9a-f]{32})\"");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private LoginSessions sessions;
    private Reports world;

    @BeforeEach
    void setUp() {
        sessions = new LoginSessions(mvc);
        world = new Reports(context);
    }

    /** The one-time token of the POST form on this page, as a browser would have it. */
    private String formToken(MockHttpSession session, String page) throws Exception {
        String html = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).as("the form on %s carries a one-time token", page).isTrue();
        return token.group(1);
    }

    /** Posts the form twice with the same token; the second post saves nothing and goes to the first's result. */
    private void assertSavedOnce(MockHttpSession session, String page, MockHttpServletRequestBuilder form, LongSupplier rows)
            throws Exception {
        String token = formToken(session, page);
        long before = rows.getAsLong();
        MvcResult first = mvc.perform(form.session(session).with(csrf()).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).as("the first post saves and redirects (status %d)",
                first.getResponse().getStatus()).isNotNull();
        assertThat(rows.getAsLong()).isEqualTo(before + 1);

        MvcResult second = mvc.perform(form.session(session).with(csrf()).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("flashInfo")).isEqualTo("form.alreadySaved");
        assertThat(rows.getAsLong()).as("saved once").isEqualTo(before + 1);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long newClient(MockHttpSession caseworker) throws Exception {
        String lastName = "Dobbelt" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(clientForm(lastName).session(caseworker).with(csrf()));
        return count("select id from client where last_name = ?", lastName);
    }

    private MockHttpServletRequestBuilder clientForm(String lastName) {
        LocalDate today = LocalDate.now(clock);
        return post("/klienter/ny").param("firstName", "Dorte").param("lastName", lastName)
                .param("cpr", TestCprNumbers.next()).param("preferredLanguage", "DA")
                .param("status", "INMATE").param("unitId", "101").param("releaseUnitId", "104")
                .param("expectedReleaseDate", today.plusMonths(4).toString())
                .param("statusSince", today.minusMonths(6).toString());
    }

    private Reports.Course activeCourse() {
        return world.activeCourse(2, TestUsers.CASEWORKER);
    }

    @Test
    void CI3_newClientIsSavedOnce() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String lastName = "Dobbelt" + UUID.randomUUID().toString().substring(0, 6);
        assertSavedOnce(caseworker, "/klienter/ny", clientForm(lastName),
                () -> count("select count(*) from client where last_name = ?", lastName));
    }

    @Test
    void CI3_mentorOfferIsSavedOnce() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        long client = newClient(caseworker);
        assertSavedOnce(caseworker, "/klienter/" + client + "/tilbud",
                post("/klienter/" + client + "/tilbud").param("offeredOn", LocalDate.now(clock).toString())
                        .param("answer", "ACCEPTED"),
                () -> count("select count(*) from mentor_offer where client_id = ?", client));
    }

    @Test
    void CI3_riskAssessmentIsSavedOnce() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        long client = newClient(caseworker);
        MockHttpServletRequestBuilder form = post("/klienter/" + client + "/vurdering")
                .param("assessedOn", LocalDate.now(clock).toString()).param("riskLevel", "HIGH");
        for (NeedArea area : NeedArea.values()) {
            form.param(area.formField(), "MEDIUM");
        }
        assertSavedOnce(caseworker, "/klienter/" + client + "/vurdering", form,
                () -> count("select count(*) from risk_assessment where client_id = ?", client));
    }

    @Test
    void CI3_newMentorIsSavedOnce() throws Exception {
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Dobbelt");
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        assertSavedOnce(coordinator, "/mentorer/ny", post("/mentorer/ny")
                        .param("firstName", "Dagny").param("lastName", lastName)
                        .param("birthDate", "1980-05-01").param("speaksDanish", "true")
                        .param("postalCode", "2200").param("city", "København N")
                        .param("cooperationDeclaredOn", yesterday).param("documentationDeclaredOn", yesterday)
                        .param("confidentialitySignedOn", yesterday)
                        .param("hoursPerWeek", "10").param("needAreas", "EDUCATION_EMPLOYMENT")
                        .param("taskGroups", "PRACTICAL"),
                () -> count("select count(*) from mentor where last_name = ?", lastName));
    }

    @Test
    void CI3_newUserIsSavedOnce() throws Exception {
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        String username = "dobbelt." + UUID.randomUUID().toString().substring(0, 6);
        assertSavedOnce(directorate, "/admin/brugere/ny", post("/admin/brugere/ny")
                        .param("username", username).param("displayName", "Dobbelt Bruger")
                        .param("role", "CASEWORKER").param("password", TestUsers.PASSWORD + "-og-lidt-mere")
                        .param("areaId", String.valueOf(TestUsers.HOVEDSTADEN))
                        .param("unitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD)),
                () -> count("select count(*) from app_user where username = ?", username));
    }

    @Test
    void CI3_activityGrantIsSavedOnce() throws Exception {
        Reports.Course course = activeCourse();
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        assertSavedOnce(caseworker, "/forloeb/" + course.id() + "/tilskud", post("/forloeb/" + course.id() + "/tilskud")
                        .param("expenseType", "ACTIVITY").param("purpose", "Biograftur").param("amount", "250"),
                () -> count("select count(*) from activity_grant where course_id = ?", course.id()));
    }

    @Test
    void CI3_feeIsSavedOnce() throws Exception {
        Reports.Course course = activeCourse();
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        assertSavedOnce(caseworker, "/forloeb/" + course.id() + "/honorar", post("/forloeb/" + course.id() + "/honorar")
                        .param("monthlyAmount", "1500").param("validFrom", LocalDate.now(clock).toString())
                        .param("basis", "Aftalt ved etablering"),
                () -> count("select count(*) from course_fee where course_id = ?", course.id()));
    }

    @Test
    void CI3_telephoneStatusReportIsSavedOnce() throws Exception {
        Reports.Course course = activeCourse();
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        YearMonth month = YearMonth.from(LocalDate.now(clock).minusMonths(1));
        String page = "/forloeb/" + course.id() + "/rapporter/telefonisk";
        assertSavedOnce(caseworker, page, post(page)
                        .param("kind", "MONTHLY").param("period", month.toString())
                        .param("contactsCount", "4").param("contactsNote", "Vi mødtes hver tirsdag")
                        .param("goalProgress[0]", "Har søgt to job").param("goalProgress[1]", "Startet til fodbold")
                        .param("taskWork[0]", "Hjælp med budget").param("hoursSpent", "16")
                        .param("nextSteps", "Jobsamtale").param("receivedOn", LocalDate.now(clock).toString()),
                () -> count("select count(*) from status_report where course_id = ?", course.id()));
    }

    @Test
    void CI3_aMentorsStatusReportIsSubmittedOnceFromItsCheckPage() throws Exception {
        Reports.Course course = activeCourse();
        MockHttpSession mentor = sessions.fresh(course.mentorUser(), Reports.PASSWORD);
        YearMonth month = YearMonth.from(LocalDate.now(clock).minusMonths(1));
        String check = mvc.perform(Reports.monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                .session(mentor)).andReturn().getResponse().getRedirectedUrl();
        long id = world.reportId(course.id(), month);
        assertThat(check).isEqualTo("/mine-forloeb/" + course.id() + "/rapporter/" + id + "/tjek");
        long version = count("select version from status_report where id = ?", id);
        assertSavedOnce(mentor, check, post("/mine-forloeb/" + course.id() + "/rapporter/" + id + "/indsend")
                        .param("version", String.valueOf(version)),
                () -> count("select count(*) from status_report where course_id = ? and status <> 'DRAFT'", course.id()));
        assertThat(count("select count(*) from audit_event where action = 'REPORT_SUBMITTED' and subject_id = ?",
                String.valueOf(id))).isOne();
    }

    @Test
    void CI3_aFormThatWasNotSavedCanBeSentAgainWithTheSameToken() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String token = formToken(caseworker, "/klienter/ny");
        String lastName = "Dobbelt" + UUID.randomUUID().toString().substring(0, 6);
        MvcResult refused = mvc.perform(post("/klienter/ny").session(caseworker).with(csrf())
                .param("firstName", "Dorte").param("lastName", lastName).param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).as("missing fields: the form is shown again").isNull();
        mvc.perform(clientForm(lastName).session(caseworker).with(csrf()).param(FormTokens.PARAMETER, token));
        assertThat(count("select count(*) from client where last_name = ?", lastName)).isOne();
    }

    @Test
    void CI3_anotherUsersTokenIsNotAShortcutToTheirResult() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String token = formToken(caseworker, "/klienter/ny");
        String lastName = "Dobbelt" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(clientForm(lastName).session(caseworker).with(csrf()).param(FormTokens.PARAMETER, token));
        MockHttpSession other = sessions.fresh(TestUsers.CASEWORKER_UNCERTIFIED);
        MvcResult replay = mvc.perform(clientForm(lastName + "x").session(other).with(csrf())
                .param(FormTokens.PARAMETER, token)).andReturn();
        assertThat(replay.getResponse().getStatus()).isEqualTo(409);
        assertThat(count("select count(*) from client where last_name like ?", lastName + "%")).isOne();
    }
}
