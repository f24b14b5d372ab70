package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static dk.kriminalforsorgen.mentorordning.support.OnceTokens.onceToken;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16: "check your answers" before the irreversible steps of a course (C1 establishment, C12 ending)
 * and the confirmation page after them, and the carry-over into the forms (the plan's need and goals,
 * the kick-off participants, the responsible person, the fee prompt). Each test makes its own course
 * ({@link CourseSteps}) and sets its day; every POST goes through the real rendered form's fields.
 */
class CourseCheckYourAnswersTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    CourseProperties properties;

    @Autowired
    ClientService clients;

    @Autowired
    CoursePreparation preparation;

    private CourseSteps steps;
    private MockHttpSession caseworker;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        steps = new CourseSteps(context);
        caseworker = sessions.of(TestUsers.CASEWORKER);
    }

    // ---------------------------------------------------------------- establishment (C1)

    private MockHttpServletRequestBuilder establishment(String path, long course, LocalDate start) {
        return post("/forloeb/" + course + "/etabler" + path).session(caseworker).with(csrf())
                .param("version", String.valueOf(steps.courseVersion(course))).param("startDate", start.toString())
                .param("agreedHours", "3").param("responsibleUserId", String.valueOf(steps.userId(TestUsers.CASEWORKER)));
    }

    /** The page's HTML with character references resolved ("Forl&oslash;b" is "Forløb"). */
    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    @Test
    void C1_theCheckPageShowsTheEligibilityOnTheStartDateThePlanAndTheMentorAndSavesNothing() throws Exception {
        long course = steps.readyWithMentor("3");
        long version = steps.courseVersion(course);
        LocalDate start = DAY.plusDays(7);

        String check = html(establishment("/tjek", course, start));

        assertThat(check).contains("data-testid=\"establish-check\"")
                .contains("Betingelserne for en mentor på startdatoen " + DanishFormat.date(start))
                .contains("data-rule=\"E1\" data-status=\"MET\"").contains("data-rule=\"E4\" data-status=\"MET\"")
                .contains("Forløbsmentor Nr")
                .contains("Tina Holm")
                .contains("Fast job eller uddannelse").contains("Struktur i hverdagen, jobsøgning")
                .contains("name=\"startDate\" value=\"" + start + "\"")
                .contains("formaction=\"/forloeb/" + course + "/etabler/ret#startDate\"")
                .contains("action=\"/forloeb/" + course + "/etabler\"")
                .contains(DanishFormat.date(start.plus(properties.kickOffWithin())));
        assertThat(jdbc.queryForMap("select state, version from mentor_course where id = ?", course))
                .containsEntry("state", "PREPARING").containsEntry("version", version);
    }

    @Test
    void IN1_changeOnTheCheckPageShowsTheFormWithEveryAnswerKept() throws Exception {
        long course = steps.readyWithMentor("3");
        LocalDate start = DAY.plusDays(9);

        String form = html(establishment("/ret", course, start));

        assertThat(form).contains("action=\"/forloeb/" + course + "/etabler/tjek\"")
                .contains("value=\"" + start + "\"").contains("value=\"3\"")
                .containsPattern("<option value=\"" + steps.userId(TestUsers.CASEWORKER) + "\"\\s+selected=\"selected\"")
                .doesNotContain("error-summary");
    }

    @Test
    void C1_aRefusalAtTheCheckIsShownOnTheFormAtTheField() throws Exception {
        long course = steps.readyWithMentor("3");

        String form = html(establishment("/tjek", course, DAY.minusDays(1)));

        assertThat(form).contains("error-summary").contains("id=\"startDate-error\"")
                .contains("action=\"/forloeb/" + course + "/etabler/tjek\"")
                .doesNotContain("data-testid=\"establish-check\"");
    }

    @Test
    void C1_confirmingEstablishesAndTheConfirmationPageSaysWhatHappensNext() throws Exception {
        long course = steps.readyWithMentor("3");

        MvcResult confirmed = mvc.perform(establishment("", course, DAY)).andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/forloeb/" + course + "/etableret");
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
        String page = html(get("/forloeb/" + course + "/etableret").session(caseworker));
        assertThat(page).contains("er etableret")
                .contains("senest " + DanishFormat.date(DAY.plus(properties.kickOffWithin())) + " (§12)")
                .contains("første gang for marts 2026")
                .contains("data-testid=\"fee-prompt\"").contains("/forloeb/" + course + "/honorar")
                .contains("/forloeb/" + course + "/opstartsmoede");
    }

    @Test
    void C1_aRefusalFoundAtConfirmationGoesBackToTheFormWithTheErrorAtTheField() throws Exception {
        long course = steps.readyWithMentor("3");
        String check = html(establishment("/tjek", course, DAY));
        assertThat(check).contains("data-testid=\"establish-check\"");

        clock.setDate(DAY.plusDays(1)); // the start date checked yesterday is now in the past
        caseworker = sessions.fresh(TestUsers.CASEWORKER); // yesterday's session has expired
        MvcResult confirmed = mvc.perform(establishment("", course, DAY).param("_once", onceToken(check))).andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isNull();
        assertThat(HtmlUtils.htmlUnescape(confirmed.getResponse().getContentAsString())).contains("error-summary")
                .contains("id=\"startDate-error\"").contains("Startdatoen kan ikke ligge før i dag")
                .contains("value=\"" + DAY + "\"").contains("action=\"/forloeb/" + course + "/etabler/tjek\"");
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("PREPARING");
    }

    @Test
    void CI3_aDoubleSubmittedEstablishmentConfirmationEstablishesOnce() throws Exception {
        long course = steps.readyWithMentor("3");
        String token = onceToken(html(establishment("/tjek", course, DAY)));

        MvcResult first = mvc.perform(establishment("", course, DAY).param("_once", token)).andReturn();
        MvcResult second = mvc.perform(establishment("", course, DAY).param("_once", token)).andReturn();

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/forloeb/" + course + "/etableret");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("flashInfo")).isEqualTo("form.alreadySaved");
        assertThat(audits("COURSE_ESTABLISHED", course)).isOne();
    }

    // ---------------------------------------------------------------- ending (C12)

    private MockHttpServletRequestBuilder ending(String path, long course, LocalDate endedOn) {
        return post("/forloeb/" + course + "/afslut" + path).session(caseworker).with(csrf())
                .param("version", String.valueOf(steps.courseVersion(course))).param("reason", "BY_AGREEMENT")
                .param("endedOn", endedOn.toString()).param("note", "Klienten flytter")
                .param("outcomes[0]", "ACHIEVED").param("outcomes[1]", "PARTLY");
    }

    @Test
    void C12_theCheckPageShowsTheEndingWithEachGoalsOutcomeAndSavesNothing() throws Exception {
        long course = steps.active();
        clock.setDate(DAY.plusMonths(2));

        String check = html(ending("/tjek", course, DAY.plusMonths(2)));

        assertThat(check).contains("data-testid=\"end-check\"").contains("Efter aftale (§19 nr. 2)")
                .contains(DanishFormat.date(DAY.plusMonths(2))).contains("Klienten flytter")
                .contains("Mål: Fast job eller uddannelse").contains("Delvist opnået")
                .contains("formaction=\"/forloeb/" + course + "/afslut/ret#outcomes[1]\"")
                .contains("name=\"outcomes[1]\" value=\"PARTLY\"");
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");

        String form = html(ending("/ret", course, DAY.plusMonths(2)));
        assertThat(form).contains("action=\"/forloeb/" + course + "/afslut/tjek\"").contains("Klienten flytter")
                .containsPattern("<option value=\"PARTLY\"\\s+selected=\"selected\"");
    }

    @Test
    void C12_aDoubleSubmittedEndingEndsOnceAndTheConfirmationListsTheReportsStillOwed() throws Exception {
        long course = steps.active();
        clock.setDate(DAY.plusMonths(2));
        String token = onceToken(html(ending("/tjek", course, DAY.plusMonths(2))));

        MvcResult first = mvc.perform(ending("", course, DAY.plusMonths(2)).param("_once", token)).andReturn();
        MvcResult second = mvc.perform(ending("", course, DAY.plusMonths(2)).param("_once", token)).andReturn();

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/forloeb/" + course + "/afsluttet");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(audits("COURSE_ENDED", course)).isOne();
        String page = html(get("/forloeb/" + course + "/afsluttet").session(caseworker));
        assertThat(page).contains("er afsluttet").contains("data-testid=\"reports-owed\"")
                .contains("marts 2026").contains("april 2026").contains("maj 2026")
                .contains("/forloeb/" + course + "/rapporter");
    }

    @Test
    void C12_aRefusalFoundAtConfirmationGoesBackToTheFormWithTheErrorAtTheField() throws Exception {
        long course = steps.active();

        MvcResult confirmed = mvc.perform(ending("", course, DAY.plusDays(1))).andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isNull();
        assertThat(HtmlUtils.htmlUnescape(confirmed.getResponse().getContentAsString())).contains("id=\"endedOn-error\"")
                .contains("value=\"" + DAY.plusDays(1) + "\"").contains("Klienten flytter");
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
    }

    // ---------------------------------------------------------------- carry-over

    @Test
    void C4_aFirstPlanIsPrefilledWithTheDocumentedNeedAndAGoalPerNeedAreaAssessedMediumOrHigher() throws Exception {
        long client = steps.as(TestUsers.CASEWORKER, () -> {
            long id = steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH);
            Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
            for (NeedArea area : NeedArea.values()) {
                needs.put(area, RiskLevel.LOW);
            }
            needs.put(NeedArea.EDUCATION_EMPLOYMENT, RiskLevel.MEDIUM);
            needs.put(NeedArea.COMPANIONS, RiskLevel.VERY_HIGH);
            clients.recordAssessment(id, DAY.minusDays(1), RiskLevel.HIGH, needs);
            return id;
        });
        long course = steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, DAY));

        String form = html(get("/forloeb/" + course + "/handleplan").session(caseworker));

        assertThat(form).contains("data-testid=\"plan-suggested\"").contains(">Behov for en fast voksen.</textarea>");
        assertThat(selected(form, "goals[0].needArea")).isEqualTo("EDUCATION_EMPLOYMENT");
        assertThat(selected(form, "goals[1].needArea")).isEqualTo("COMPANIONS");
        assertThat(selected(form, "goals[2].needArea")).isNull();
        assertThat(form).contains("name=\"goals[0].description\" value=\"\"");
    }

    @Test
    void C4_aSavedPlanIsShownAsSavedWithoutSuggestions() throws Exception {
        long course = steps.ready(steps.as(TestUsers.CASEWORKER,
                () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH)));

        String form = html(get("/forloeb/" + course + "/handleplan").session(caseworker));

        assertThat(form).doesNotContain("plan-suggested").contains("Fast job eller uddannelse");
        assertThat(selected(form, "goals[2].needArea")).isNull();
    }

    @Test
    void C7_theSignedInCaseworkerIsPreselectedAsResponsible() throws Exception {
        long course = steps.readyWithMentor("3");

        String form = html(get("/forloeb/" + course + "/etabler").session(caseworker));

        assertThat(selected(form, "responsibleUserId")).isEqualTo(String.valueOf(steps.userId(TestUsers.CASEWORKER)));
    }

    @Test
    void C5_theKickOffParticipantsArePrefilledWithClientMentorAndResponsible() throws Exception {
        long course = steps.active();
        String client = jdbc.queryForObject("select c.first_name || ' ' || c.last_name from client c "
                + "join mentor_course k on k.client_id = c.id where k.id = ?", String.class, course);
        String mentor = jdbc.queryForObject("select m.first_name || ' ' || m.last_name from mentor m "
                + "join mentor_course k on k.mentor_id = m.id where k.id = ?", String.class, course);

        String form = html(get("/forloeb/" + course + "/opstartsmoede").session(caseworker));

        assertThat(form).contains("name=\"participants\" value=\"" + client + ", " + mentor + ", Tina Holm\"");
    }

    @Test
    void C9_theCoursePagePromptsForTheFeeUntilOneIsSet() throws Exception {
        long course = steps.active();
        assertThat(html(get("/forloeb/" + course).session(caseworker))).contains("data-testid=\"fee-prompt\"");

        mvc.perform(post("/forloeb/" + course + "/honorar").session(caseworker).with(csrf())
                .param("monthlyAmount", "1500").param("validFrom", DAY.toString()).param("basis", "3 timer om ugen"));

        assertThat(html(get("/forloeb/" + course).session(caseworker))).doesNotContain("data-testid=\"fee-prompt\"");
    }

    // ---------------------------------------------------------------- helpers

    /** The value of the selected option of a select, or null when none (but "Vælg") is selected. */
    private static String selected(String html, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as("select %s", name).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"\\s+selected=\"selected\"").matcher(select.group(1));
        return option.find() && !option.group(1).isEmpty() ? option.group(1) : null;
    }

    private long audits(String action, long course) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(course));
    }
}
