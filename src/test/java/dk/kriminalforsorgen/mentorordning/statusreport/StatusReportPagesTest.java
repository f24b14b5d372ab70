package dk.kriminalforsorgen.mentorordning.statusreport;

import static dk.kriminalforsorgen.mentorordning.statusreport.Reports.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Status reports through the real pages on PostgreSQL: the mentor's own pages with strict 404s
 * (DOMAIN §1), the caseworker's pages with area scoping (AZ2), bad input (IN1), stale edits (CI1),
 * audit rows (AU1), the duty to notify on the start pages (S4) and the database's refusal to delete
 * or hide it. Each test makes its own courses and people ({@link Reports}) on a day it sets.
 */
@RecordApplicationEvents
class StatusReportPagesTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired
    ReportProperties properties;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    /** The page as text: Thymeleaf may write letters such as ø as character references in form values. */
    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    private long reportId(long courseId, YearMonth month) {
        return world.reportId(courseId, month);
    }

    private long auditRows(String action, Object subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(subjectId));
    }

    // ------------------------------------------------------------------ the mentor's own pages

    @Test
    void mentorSeesOwnActiveCourseWithFirstNameGoalsAndDueReportsOnly() throws Exception {
        Reports.Course course = world.activeCourse(2);
        String list = html(get("/mine-forloeb"), course.mentorUser());
        assertThat(list).contains(course.firstName()).doesNotContain(course.lastName());

        String page = html(get("/mine-forloeb/" + course.id()), course.mentorUser());
        assertThat(page).contains("Forløb med " + course.firstName()).contains("Finde et fritidsjob")
                .contains("Nyt netværk i en idrætsklub").contains("Månedlig statusrapport");
        assertThat(page).doesNotContain(course.lastName()).doesNotContain("CPR").doesNotContain("cpr")
                .doesNotContain("Høj").doesNotContain("Risiko").doesNotContain("Under tilsyn");

        String start = html(get("/"), course.mentorUser());
        assertThat(start).contains("data-testid=\"panel-due-reports\"").contains(course.firstName())
                .doesNotContain(course.lastName());
    }

    private static final String BURGLARY = "Klienten fortalte om et indbrud";

    /** The mentor submits last month's report, raising the duty to notify (S4): the report's id. */
    private long submitLastMonthRaisingTheDutyToNotify(Reports.Course course) throws Exception {
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        return submitAsMentor(course, monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                .param("dutyToNotify", "true").param("dutyToNotifyText", BURGLARY));
    }

    /** The mentor fills in the form, checks the answers and submits: the report's id. */
    private long submitAsMentor(Reports.Course course, MockHttpServletRequestBuilder form) throws Exception {
        return world.submitAsMentor(mvc, as(course.mentorUser()), form);
    }

    @Test
    void AU1_mentorSubmitsMonthlyReportAndItIsReadOnlyAfterwards() throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        long id = submitAsMentor(course, monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek"));
        assertThat(id).isEqualTo(reportId(course.id(), month));
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from status_report_goal where report_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(auditRows("REPORT_CREATED", id)).isEqualTo(1);
        assertThat(auditRows("REPORT_SUBMITTED", id)).isEqualTo(1);

        String view = html(get("/mine-forloeb/" + course.id() + "/rapporter/" + id), course.mentorUser());
        assertThat(view).contains("Rapporten er indsendt og kan ikke ændres").doesNotContain("data-testid=\"report-form\"");
        assertThat(auditRows("REPORT_VIEWED", id)).isEqualTo(1);

        String refused = text(mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/" + id, month, "gem", "nextSteps", "Ændret")
                        .param("version", "1").session(as(course.mentorUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("data-testid=\"read-only-refused\"");
        assertThat(jdbc.queryForObject("select next_steps from status_report where id = ?", String.class, id))
                .isEqualTo("Jobsamtale");
    }

    @Test
    void mentorGets404OnEveryOtherCourseAndReportIdAndItIsAudited() throws Exception {
        Reports.Course mine = world.activeCourse(2);
        Reports.Course other = world.otherCourse(mine, 2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        // a report on the other course, written by the caseworker by telephone
        mvc.perform(monthly("/forloeb/" + other.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(other.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        long otherReport = reportId(other.id(), month);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);

        MockHttpSession mentor = as(mine.mentorUser());
        for (String path : new String[] {"/mine-forloeb/" + other.id(), "/mine-forloeb/" + other.id() + "/rapporter/ny",
                "/mine-forloeb/" + other.id() + "/rapporter/" + otherReport,
                "/mine-forloeb/" + mine.id() + "/rapporter/" + otherReport, "/mine-forloeb/999999999"}) {
            mvc.perform(get(path).session(mentor)).andExpect(status().isNotFound());
        }
        mvc.perform(monthly("/mine-forloeb/" + other.id() + "/rapporter/ny", month, "tjek").session(mentor))
                .andExpect(status().isNotFound());
        mvc.perform(monthly("/mine-forloeb/" + other.id() + "/rapporter/" + otherReport, month, "tjek")
                .param("version", "0").session(mentor)).andExpect(status().isNotFound());
        mvc.perform(monthly("/mine-forloeb/" + mine.id() + "/rapporter/" + otherReport, month, "tjek")
                .param("version", "0").session(mentor)).andExpect(status().isNotFound());
        for (String course : new String[] {"/mine-forloeb/" + other.id(), "/mine-forloeb/" + mine.id()}) {
            mvc.perform(get(course + "/rapporter/" + otherReport + "/tjek").session(mentor)).andExpect(status().isNotFound());
            mvc.perform(get(course + "/rapporter/" + otherReport + "/kvittering").session(mentor))
                    .andExpect(status().isNotFound());
            mvc.perform(post(course + "/rapporter/" + otherReport + "/indsend").with(csrf()).param("version", "0")
                    .session(mentor)).andExpect(status().isNotFound());
        }
        // the caseworker's pages are not the mentor's at all
        mvc.perform(get("/forloeb/" + mine.id() + "/rapporter").session(mentor)).andExpect(status().isForbidden());

        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        assertThat(after - before).isGreaterThanOrEqualTo(14);
        assertThat(world.reportCount(other.id())).isEqualTo(1);
        assertThat(world.reportCount(mine.id())).isZero();
    }

    // ------------------------------------------------------------------ bad input and stale edits

    @Test
    void IN1_monthOutsideTheCourseDuplicateMonthAndHoursOutOfRangeAreRefusedWithInputKept() throws Exception {
        Reports.Course course = world.activeCourse(2);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/ny";
        YearMonth before = YearMonth.from(world.today().minusMonths(5));
        String outside = text(mvc.perform(monthly(path, before, "tjek").session(as(course.mentorUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(outside).contains("data-testid=\"error-summary\"").contains("§17 stk. 1 nr. 1")
                .contains("ligger uden for forløbet").contains("Vi mødtes hver tirsdag").contains("aria-invalid=\"true\"");
        String future = text(mvc.perform(monthly(path, YearMonth.from(world.today()).plusMonths(1), "gem")
                .session(as(course.mentorUser()))).andReturn().getResponse().getContentAsString());
        assertThat(future).contains("ligger uden for forløbet");

        String hours = text(mvc.perform(monthly(path, YearMonth.from(world.today()), "tjek", "hoursSpent", "500")
                .session(as(course.mentorUser()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(hours).contains("Timerne skal være et tal mellem 0 og 200").contains("Har søgt to job");
        String text = text(mvc.perform(monthly(path, YearMonth.from(world.today()), "tjek", "hoursSpent", "mange")
                .session(as(course.mentorUser()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(text).contains("Skriv et tal").contains("Har søgt to job");
        String missing = text(mvc.perform(post(path).with(csrf()).param("kind", "MONTHLY")
                .param("period", YearMonth.from(world.today()).toString()).param("handling", "tjek")
                .param("dutyToNotify", "true").session(as(course.mentorUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(missing).contains("§17 stk. 2: Skriv antallet af kontakter").contains("§8 stk. 2: Beskriv");
        assertThat(world.reportCount(course.id())).isZero();

        YearMonth last = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly(path, last, "gem").session(as(course.mentorUser()))).andExpect(status().is3xxRedirection());
        String duplicate = text(mvc.perform(monthly(path, last, "gem", "contactsNote", "Anden udgave")
                .session(as(course.mentorUser()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(duplicate).contains("Der findes allerede en rapport for denne periode").contains("Anden udgave");
        assertThat(world.reportCount(course.id())).isEqualTo(1);
    }

    @Test
    void CI1_staleDraftSaveIsRefusedWithTheInputKept() throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "gem").session(as(course.mentorUser())))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/" + id;
        mvc.perform(monthly(path, month, "gem").param("version", String.valueOf(version)).param("concerns", "Første")
                .session(as(course.mentorUser()))).andExpect(status().is3xxRedirection());
        String stale = text(mvc.perform(monthly(path, month, "gem").param("version", String.valueOf(version))
                        .param("concerns", "Min anden tekst").session(as(course.mentorUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale).contains("En anden har gemt ændringer").contains("Min anden tekst");
        assertThat(jdbc.queryForObject("select concerns from status_report where id = ?", String.class, id)).isEqualTo("Første");
    }

    // ------------------------------------------------------------------ a draft reopened, check your answers

    @Test
    void aDraftWithATaskGroupLeftEmptyOpensAgainAndItsMonthCanBeReported() throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        // the form leaves three of the four task groups empty
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "gem", "taskWork[1]", "")
                .session(as(course.mentorUser()))).andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        String draft = html(get("/mine-forloeb/" + course.id() + "/rapporter/" + id), course.mentorUser());
        assertThat(draft).contains("data-testid=\"report-form\"").contains("Hjælp med budget");
        assertThat(submitAsMentor(course, monthly("/mine-forloeb/" + course.id() + "/rapporter/" + id, month, "tjek")
                .param("version", jdbc.queryForObject("select version from status_report where id = ?", String.class, id))))
                .isEqualTo(id);
    }

    @Test
    void S2_theMentorChecksTheAnswersChangesOneKeepingTheRestAndSubmitsWithAReceiptThatSaysWhatHappensNext()
            throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        MockHttpSession mentor = as(course.mentorUser());
        String check = mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek")
                        .param("dutyToNotify", "true").param("dutyToNotifyText", BURGLARY)
                        .session(mentor))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = reportId(course.id(), month);
        String form = "/mine-forloeb/" + course.id() + "/rapporter/" + id;
        assertThat(check).isEqualTo(form + "/tjek");
        // nothing is submitted before the mentor confirms
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("DRAFT");
        assertThat(events.stream(DutyToNotifyRaised.class)).isEmpty();

        String answers = html(get(check), course.mentorUser());
        assertThat(answers).contains("Tjek din statusrapport om " + course.firstName())
                .contains("Vi mødtes hver tirsdag").contains("Har søgt to job").contains("Jobsamtale")
                .contains("href=\"" + form + "#contactsNote\"").contains("href=\"" + form + "#goalProgress[0]\"")
                .contains("href=\"" + form + "#taskWork[0]\"").contains("Ja: Klienten fortalte om et indbrud")
                .contains("data-testid=\"check-duty-to-notify-note\"").contains("action=\"" + form + "/indsend\"");
        assertThat(answers).contains("<dl class=\"summary-list\" data-testid=\"check-answers\">");

        // "Ret": the draft form with every answer kept; a change goes back to the check page
        assertThat(html(get(form), course.mentorUser())).contains("Vi mødtes hver tirsdag").contains("Har søgt to job");
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        mvc.perform(monthly(form, month, "tjek", "contactsNote", "Vi mødtes også i weekenden")
                        .param("dutyToNotify", "true").param("dutyToNotifyText", BURGLARY)
                        .param("version", String.valueOf(version)).session(mentor))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(check));
        assertThat(html(get(check), course.mentorUser())).contains("Vi mødtes også i weekenden").contains("Har søgt to job");

        // a submit of the version shown before the change is refused: the check page again, with the new answers
        String stale = text(mvc.perform(post(form + "/indsend").with(csrf()).param("version", String.valueOf(version))
                .session(mentor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale).contains("data-testid=\"check-changed\"").contains("Vi mødtes også i weekenden");

        long current = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        mvc.perform(post(form + "/indsend").with(csrf()).param("version", String.valueOf(current)).session(mentor))
                .andExpect(redirectedUrl(form + "/kvittering"));
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
        assertThat(events.stream(DutyToNotifyRaised.class)).hasSize(1);
        // a second click (without the form's one-time token) submits nothing and shows the receipt
        mvc.perform(post(form + "/indsend").with(csrf()).param("version", String.valueOf(current)).session(mentor))
                .andExpect(redirectedUrl(form + "/kvittering"));
        assertThat(auditRows("REPORT_SUBMITTED", id)).isEqualTo(1);
        assertThat(events.stream(DutyToNotifyRaised.class)).hasSize(1);

        String receipt = html(get(form + "/kvittering"), course.mentorUser());
        String responsibleName = jdbc.queryForObject("select display_name from app_user where username = ?", String.class,
                course.responsibleUser());
        assertThat(receipt).contains("Rapporten er indsendt").contains("Hvad sker der nu?")
                .contains(responsibleName + " læser rapporten og kvitterer for den")
                .contains("data-testid=\"receipt-duty-to-notify\"").contains("straks vist for " + responsibleName)
                .contains("grundlaget for dit honorar (§14 stk. 2)");
        // the check page of a submitted report leads to the report, read only
        mvc.perform(get(check).session(mentor)).andExpect(redirectedUrl(form));
    }

    // ------------------------------------------------------------------ caseworker and coordinator

    @Test
    void AZ2_caseworkerOfAnotherAreaGets404OnEveryReportRouteAndNothingChanges() throws Exception {
        Reports.Course course = world.activeCourse(3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(TestUsers.COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        long report = reportId(course.id(), month);
        MockHttpSession south = as(TestUsers.CASEWORKER_SOUTH);
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?",
                Long.class, String.valueOf(course.id()));
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter").session(south)).andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/" + report).session(south)).andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/telefonisk").session(south)).andExpect(status().isNotFound());
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", YearMonth.from(world.today()), null)
                .param("receivedOn", world.today().toString()).session(south)).andExpect(status().isNotFound());
        mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + report + "/kvitter").with(csrf())
                .param("version", "0").session(south)).andExpect(status().isNotFound());
        long after = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = ?",
                Long.class, String.valueOf(course.id()));
        assertThat(after - before).isEqualTo(5);
        assertThat(world.reportCount(course.id())).isEqualTo(1);
        // the directorate reads (national, after recording its purpose, AZ5), but cannot log or sign off
        mvc.perform(post("/klienter/" + course.clientId() + "/formaal").with(csrf()).session(as(TestUsers.DIRECTORATE))
                .param("purpose", "Tilsyn med rapporteringen i området")).andExpect(status().is3xxRedirection());
        assertThat(html(get("/forloeb/" + course.id() + "/rapporter/" + report), TestUsers.DIRECTORATE))
                .doesNotContain("data-testid=\"acknowledge-form\"");
    }

    @Test
    void S1_telephoneReportLoggedByTheResponsiblePersonFulfilsTheMonthAndOverdueMonthsAreShown() throws Exception {
        Reports.Course course = world.activeCourse(3);
        String before = html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser());
        assertThat(before).contains("Overskredet");
        YearMonth month = YearMonth.from(world.today().minusMonths(2));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(jdbc.queryForMap("select channel, status, received_on from status_report where id = ?", id))
                .containsEntry("channel", "TELEPHONE").containsEntry("status", "ACKNOWLEDGED");
        assertThat(auditRows("REPORT_TELEPHONE_LOGGED", id)).isEqualTo(1);
        String after = html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser());
        assertThat(after).contains("Telefonisk");
        // the caseworker's start page lists the course's other overdue months
        assertThat(html(get("/"), course.responsibleUser())).contains("data-testid=\"panel-overdue-reports\"")
                .contains(course.firstName());
    }

    @Test
    void S4_dutyToNotifyIsFlaggedToResponsibleAndCoordinatorUntilAcknowledgedAndCannotBeDeletedOrHidden() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long id = submitLastMonthRaisingTheDutyToNotify(course);
        assertThat(auditRows("DUTY_TO_NOTIFY_RAISED", id)).isEqualTo(1);

        for (String user : new String[] {course.responsibleUser(), TestUsers.COORDINATOR}) {
            String start = html(get("/"), user);
            assertThat(start).contains("data-testid=\"duty-to-notify-flag\"").contains(course.firstName());
        }
        assertThat(html(get("/"), TestUsers.CASEWORKER_SOUTH)).doesNotContain(course.firstName());

        // neither deleted nor hidden, whatever the application does
        assertThatThrownBy(() -> jdbc.update("delete from status_report where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S4");
        assertThatThrownBy(() -> jdbc.update("update status_report set duty_to_notify = false where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("S4");
        assertThatThrownBy(() -> jdbc.update("update status_report set status = 'DRAFT' where id = ?", id))
                .isInstanceOf(DataAccessException.class);

        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        String stale = text(mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                .param("version", String.valueOf(version + 5)).session(as(course.responsibleUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale).contains("En anden har gemt ændringer");
        mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                .param("version", String.valueOf(version)).param("note", "Politiet er orienteret")
                .session(as(course.responsibleUser()))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select status, acknowledged_by_name, duty_to_notify from status_report where id = ?", id))
                .containsEntry("status", "ACKNOWLEDGED").containsEntry("duty_to_notify", true);
        assertThat(auditRows("REPORT_ACKNOWLEDGED", id)).isEqualTo(1);
        assertThat(html(get("/"), TestUsers.COORDINATOR)).doesNotContain("/rapporter/" + id + "\"");
        String page = html(get("/forloeb/" + course.id() + "/rapporter/" + id), TestUsers.COORDINATOR);
        assertThat(page).contains("data-testid=\"duty-to-notify\"").contains("Klienten fortalte om et indbrud");
    }

    @Test
    void signOffShowsReportedAgainstAgreedHoursAndFlagsALargeGap() throws Exception {
        Reports.Course course = world.activeCourse(3);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        long id = submitAsMentor(course, monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", month, "tjek",
                "hoursSpent", "45"));
        String page = html(get("/forloeb/" + course.id() + "/rapporter/" + id), course.responsibleUser());
        assertThat(page).contains("data-testid=\"hours-gap\"").contains("Mentor rapporterer 45 timer")
                .contains("data-testid=\"acknowledge-form\"").contains(course.lastName());
        assertThat(html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser()))
                .contains("Stor afvigelse fra aftalt tid");
    }

    @Test
    void SIGN_OFF_caseworkerWhoIsNotResponsibleCannotSignOff() throws Exception {
        Reports.Course course = world.activeCourse(2); // responsible: a fresh caseworker, not TestUsers.CASEWORKER
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).session(as(TestUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        long id = reportId(course.id(), month);
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        String refused = text(mvc.perform(post("/forloeb/" + course.id() + "/rapporter/" + id + "/kvitter").with(csrf())
                        .param("version", "1").session(as(TestUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Kun den forløbsansvarlige eller områdets mentortovholder kan kvittere")
                .doesNotContain("§13 stk. 2");
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }

    // ------------------------------------------------------------------ boundary days with the shipped configuration

    /** Another day: the sessions signed in on the day before have passed their absolute timeout (AS6), so sign in anew. */
    private void setDay(LocalDate day) {
        clock.setDate(day);
        signedIn.clear();
    }

    /** The overdue panel of a start page, as text. */
    private String overduePanel(String user) throws Exception {
        String page = html(get("/"), user);
        int start = page.indexOf("data-testid=\"panel-overdue-reports\"");
        assertThat(start).as("the overdue panel is on the start page").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void S1_withTheShippedGracePeriodAMonthIsDueOnTheTenthDayAfterItEndsAndOverdueOnTheEleventh() throws Exception {
        assertThat(properties.graceDays()).as("S1: the shipped grace period").isEqualTo(10);
        setDay(LocalDate.of(2026, 5, 10)); // April ended 30/4: the tenth day after it
        Reports.Course course = world.activeCourse(LocalDate.of(2026, 4, 1), world.newCaseworker());

        String dueDay = overduePanel(course.responsibleUser());
        assertThat(dueDay).doesNotContain(course.firstName()).contains("Ingen statusrapporter er overskredet");
        assertThat(html(get("/mine-forloeb/" + course.id()), course.mentorUser())).doesNotContain("Overskredet");

        setDay(LocalDate.of(2026, 5, 11));
        assertThat(overduePanel(course.responsibleUser())).contains(course.firstName()).contains("april 2026")
                .contains("10. maj 2026");
        assertThat(html(get("/mine-forloeb/" + course.id()), course.mentorUser())).contains("Overskredet");
    }

    @Test
    void S3_withTheShippedReviewIntervalTheQuarterlyReportIsDueOnTheReviewDayAndOverdueTheDayAfter() throws Exception {
        setDay(LocalDate.of(2026, 1, 10));
        Reports.Course course = world.activeCourse(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10),
                world.newCaseworker());
        String quarterly = "Kvartalsrapport før opfølgningsmøde";

        setDay(LocalDate.of(2026, 4, 10)); // kick-off 10/1 + three months: the review is due today
        assertThat(overduePanel(course.responsibleUser())).contains(course.firstName()).doesNotContain(quarterly);

        setDay(LocalDate.of(2026, 4, 11));
        assertThat(overduePanel(course.responsibleUser())).contains(quarterly).contains("10. april 2026");

        // a quarterly report since the kick-off fulfils it
        submitAsMentor(course, post("/mine-forloeb/" + course.id() + "/rapporter/ny").with(csrf()).param("kind", "QUARTERLY")
                .param("contactsCount", "6").param("nextSteps", "Opfølgningsmøde").param("handling", "tjek"));
        assertThat(overduePanel(course.responsibleUser())).doesNotContain(quarterly);
    }

    // ------------------------------------------------------------------ S4: the event for other modules

    @Test
    void S4_submittingAReportThatRaisesTheDutyToNotifyPublishesDutyToNotifyRaised() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long id = submitLastMonthRaisingTheDutyToNotify(course);

        assertThat(events.stream(DutyToNotifyRaised.class)).containsExactly(new DutyToNotifyRaised(course.id(), id,
                course.areaId(), world.userId(course.responsibleUser())));
        assertThat(events.stream(DutyToNotifyRaised.class).findFirst().orElseThrow().toString())
                .as("ids only: no report text, no name, no CPR").doesNotContain("indbrud").doesNotContain(course.lastName());
    }

    @Test
    void S4_aTelephoneReportThatRaisesTheDutyToNotifyPublishesTheEventToo() throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null)
                .param("receivedOn", world.today().toString()).param("dutyToNotify", "true")
                .param("dutyToNotifyText", "Nyt forhold").session(as(TestUsers.CASEWORKER)))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(DutyToNotifyRaised.class)).extracting(DutyToNotifyRaised::reportId)
                .containsExactly(reportId(course.id(), month));
    }

    @Test
    void S4_anOrdinaryReportAndADraftWithTheFlagPublishNoDutyToNotifyEvent() throws Exception {
        Reports.Course course = world.activeCourse(3);
        YearMonth last = YearMonth.from(world.today().minusMonths(1));
        YearMonth before = last.minusMonths(1);
        submitAsMentor(course, monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", last, "tjek"));
        mvc.perform(monthly("/mine-forloeb/" + course.id() + "/rapporter/ny", before, "gem")
                .param("dutyToNotify", "true").param("dutyToNotifyText", "Måske et nyt forhold")
                .session(as(course.mentorUser()))).andExpect(status().is3xxRedirection());

        assertThat(world.reportCount(course.id())).isEqualTo(2);
        assertThat(events.stream(DutyToNotifyRaised.class)).isEmpty();
        assertThat(auditRows("DUTY_TO_NOTIFY_RAISED", reportId(course.id(), before))).isZero();
    }

    // ------------------------------------------------------------------ an ended course still owes its reports

    @Test
    void S1_anEndedCourseStillOwesEveryMonthOfItsActivePeriodUpToTheMonthItEndedAndNothingAfter() throws Exception {
        setDay(LocalDate.of(2026, 5, 20));
        Reports.Course course = world.activeCourse(LocalDate.of(2026, 2, 2), world.newCaseworker());
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", YearMonth.of(2026, 2), null)
                .param("receivedOn", "2026-03-05").session(as(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        world.endCourse(course, LocalDate.of(2026, 4, 30)); // the boundary: April's last day

        // the caseworker's and the coordinator's pages: March and April are missing, neither February nor May
        String reports = html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser());
        assertThat(reports).contains("data-testid=\"course-ended-owing\"").contains("Forløbet er afsluttet den 30. april 2026")
                .contains("data-testid=\"log-telephone\"");
        assertThat(part(reports, "open-reports", "</table>")).contains("marts 2026").contains("april 2026")
                .contains("10. maj 2026").doesNotContain("februar 2026").doesNotContain(">maj 2026<");
        // one line per course (issue 16): March and April, not May
        assertThat(overduePanel(course.responsibleUser())).contains(course.firstName())
                .contains("2 måneder mangler (den ældste: marts 2026, frist 10. april 2026)");

        // the mentor still sees the course and may report those months only
        assertThat(html(get("/mine-forloeb"), course.mentorUser())).contains(course.firstName());
        assertThat(html(get("/"), course.mentorUser())).contains(course.firstName());
        String page = html(get("/mine-forloeb/" + course.id()), course.mentorUser());
        assertThat(page).contains("Forløbet er afsluttet den 30. april 2026");
        assertThat(part(page, "due-reports", "</ul>")).contains("marts 2026").contains("april 2026")
                .doesNotContain("februar 2026").doesNotContain("Kvartalsrapport");
        String form = html(get("/mine-forloeb/" + course.id() + "/rapporter/ny"), course.mentorUser());
        assertThat(form).contains("value=\"2026-03\"").contains("value=\"2026-04\"").doesNotContain("value=\"2026-02\"")
                .doesNotContain("value=\"2026-05\"");
        String path = "/mine-forloeb/" + course.id() + "/rapporter/ny";
        String may = text(mvc.perform(monthly(path, YearMonth.of(2026, 5), "tjek").session(as(course.mentorUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(may).contains("maj 2026 ligger efter forløbets afslutning den 30. april 2026");
        long april = submitAsMentor(course, monthly(path, YearMonth.of(2026, 4), "tjek"));
        assertThat(jdbc.queryForObject("select status from status_report where id = ?", String.class, april))
                .isEqualTo("SUBMITTED");

        // a telephone report is accepted for the month still owed, and then nothing is owed
        String telephone = "/forloeb/" + course.id() + "/rapporter/telefonisk";
        assertThat(html(get(telephone), course.responsibleUser())).contains("value=\"2026-03\"")
                .doesNotContain("value=\"2026-04\"").doesNotContain("value=\"2026-05\"");
        mvc.perform(monthly(telephone, YearMonth.of(2026, 3), null).param("receivedOn", "2026-05-20")
                .session(as(course.responsibleUser()))).andExpect(status().is3xxRedirection());
        assertThat(world.reportCount(course.id())).isEqualTo(3);

        assertThat(html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser()))
                .contains("data-testid=\"no-open\"").doesNotContain("data-testid=\"log-telephone\"");
        assertThat(overduePanel(course.responsibleUser())).doesNotContain(course.firstName());
        assertThat(html(get("/mine-forloeb"), course.mentorUser())).doesNotContain(course.firstName());
        mvc.perform(get("/mine-forloeb/" + course.id()).session(as(course.mentorUser()))).andExpect(status().isNotFound());
        mvc.perform(get(telephone).session(as(course.responsibleUser()))).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashInfo", "report.telephone.nothingOwed"));
        // the receipt of the report that settled the course is still the mentor's to read
        assertThat(html(get("/mine-forloeb/" + course.id() + "/rapporter/" + april + "/kvittering"), course.mentorUser()))
                .contains("Rapporten er indsendt");
    }

    @Test
    void S1_aCourseEndedOnTheFirstOfAMonthOwesThatMonth() throws Exception {
        setDay(LocalDate.of(2026, 5, 20));
        Reports.Course course = world.activeCourse(LocalDate.of(2026, 4, 6), world.newCaseworker());
        world.endCourse(course, LocalDate.of(2026, 5, 1));
        // May is owed (due ten days after the end date, so overdue today), June is not a month of the course
        assertThat(part(html(get("/forloeb/" + course.id() + "/rapporter"), course.responsibleUser()), "open-reports",
                "</table>")).contains("april 2026").contains("maj 2026").contains("11. maj 2026");
        assertThat(overduePanel(course.responsibleUser())).contains(course.firstName())
                .contains("2 måneder mangler (den ældste: april 2026, frist 10. maj 2026)"); // April and May
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", YearMonth.of(2026, 5), null)
                .param("receivedOn", "2026-05-20").session(as(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        assertThat(world.reportId(course.id(), YearMonth.of(2026, 5))).isPositive();
    }

    @Test
    void mentorDoesNotSeeAnEndedCourseWhoseReportsAreAllDelivered() throws Exception {
        Reports.Course course = world.activeCourse(2);
        YearMonth start = YearMonth.from(course.start());
        world.endCourse(course, course.start());
        // the month the course ended in is owed: the mentor still has it
        assertThat(html(get("/mine-forloeb"), course.mentorUser())).contains(course.firstName());
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", start, null)
                .param("receivedOn", world.today().toString()).session(as(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/mine-forloeb/" + course.id()).session(as(course.mentorUser()))).andExpect(status().isNotFound());
        mvc.perform(get("/mine-forloeb/" + course.id() + "/rapporter/ny").session(as(course.mentorUser())))
                .andExpect(status().isNotFound());
        // an ended course that owes nothing takes no more telephone reports; the caseworker is sent back to its reports
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/telefonisk").session(as(course.responsibleUser())))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/mine-forloeb"), course.mentorUser())).doesNotContain(course.firstName());
    }
}
