package dk.kriminalforsorgen.mentorordning.course;

import static dk.kriminalforsorgen.mentorordning.statusreport.Reports.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;

/**
 * No silent loss on the review meeting's page (C8) and the action-plan form (C4): the review reads the
 * status reports and the goal progress since the latest meeting and warns when the quarterly report (S3)
 * is missing; a refused form brings back every goal the user typed; a goal row with a need area but no
 * text (or a text but no need area) is an error at that field, never dropped. Through the real pages on
 * PostgreSQL, each test with its own course ({@link Reports}: a plan of two goals, a kick-off).
 */
class NoSilentLossPagesTest extends ReportsTestBase {

    MockHttpSession caseworker;
    Reports.Course course;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 5, 20));
        // started in December, kick-off 10 January: the review (and its quarterly report) was due 10 April
        course = world.activeCourse(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 10), world.newCaseworker());
        caseworker = sessions.fresh(course.responsibleUser(), Reports.PASSWORD);
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).session(caseworker)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private String refused(MockHttpServletRequestBuilder form) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(form.session(caseworker).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void telephone(YearMonth month, String... overrides) throws Exception {
        mvc.perform(monthly("/forloeb/" + course.id() + "/rapporter/telefonisk", month, null, overrides)
                .param("receivedOn", "2026-05-20").session(caseworker)).andExpect(status().is3xxRedirection());
    }

    private long planVersion() {
        return jdbc.queryForObject("select version from action_plan where course_id = ?", Long.class, course.id());
    }

    private long planVersions() {
        return jdbc.queryForObject("""
                select count(*) from action_plan_version v join action_plan p on p.id = v.plan_id where p.course_id = ?
                """, Long.class, course.id());
    }

    private long meetings() {
        return jdbc.queryForObject("select count(*) from course_meeting where course_id = ?", Long.class, course.id());
    }

    /** The review form with its meeting fields filled in and the plan's need and first two goals as they are. */
    private MockHttpServletRequestBuilder review(String participants) {
        return post("/forloeb/" + course.id() + "/opfoelgning").param("heldOn", "2026-05-20")
                .param("participants", participants).param("agreements", "Godt i gang")
                .param("planVersion", String.valueOf(planVersion()))
                .param("needDescription", "Brug for struktur og netværk")
                .param("goals[0].needArea", "EDUCATION_EMPLOYMENT").param("goals[0].description", "Finde et fritidsjob")
                .param("goals[1].needArea", "COMPANIONS").param("goals[1].description", "Nyt netværk i en idrætsklub");
    }

    @Test
    void C8_theReviewShowsTheReportsAndGoalProgressSinceTheLatestMeetingAndWarnsWhileTheQuarterlyReportIsMissing()
            throws Exception {
        telephone(YearMonth.of(2025, 12), "goalProgress[0]", "Skrev en ansøgning i december");
        telephone(YearMonth.of(2026, 2), "goalProgress[0]", "Har søgt to job");
        telephone(YearMonth.of(2026, 3), "goalProgress[0]", "Til jobsamtale i Netto", "goalProgress[1]", "");

        String review = page("/forloeb/" + course.id() + "/opfoelgning");
        assertThat(review).contains("data-testid=\"review-reports\"")
                .contains("Statusrapporter siden seneste møde den 10. januar 2026");
        String reports = review.substring(review.indexOf("data-testid=\"review-report-list\""),
                review.indexOf("</table>", review.indexOf("data-testid=\"review-report-list\"")));
        assertThat(reports).contains("februar 2026").contains("marts 2026").doesNotContain("december 2025");
        assertThat(review).contains("Har søgt to job").contains("Til jobsamtale i Netto")
                .doesNotContain("Skrev en ansøgning i december").contains("Finde et fritidsjob")
                .contains("Startet til fodbold");
        assertThat(review).contains("data-testid=\"review-quarterly-missing\"").contains("Fristen er 10. april 2026");
        assertThat(review).contains("data-testid=\"review-months-missing\"").contains("januar 2026");

        // the quarterly report arrives (here by telephone): the warning is gone
        telephone(YearMonth.of(2026, 5), "kind", "QUARTERLY");
        assertThat(page("/forloeb/" + course.id() + "/opfoelgning")).doesNotContain("data-testid=\"review-quarterly-missing\"");
    }

    @Test
    void C8_aRefusedReviewBringsBackEveryTypedGoalAndAnIncompleteGoalIsAnErrorAtItsField() throws Exception {
        long meetingsBefore = meetings();
        String page = refused(review("").param("revisePlan", "true")
                .param("goals[2].needArea", "FAMILY_MARITAL").param("goals[2].description", "")
                .param("goals[3].needArea", "").param("goals[3].description", "Lære at lave mad")
                .param("goals[4].needArea", "LEISURE_RECREATION").param("goals[4].description", "Ny bolig med have"));
        assertThat(page).contains("Angiv deltagerne").contains("Skriv mål 3").contains("Vælg behovsområdet for mål 4")
                .contains("Lære at lave mad").contains("Ny bolig med have").contains("Finde et fritidsjob");
        assertThat(page).contains("id=\"goals[2]-description\"").contains("aria-invalid=\"true\"");
        assertThat(meetings()).isEqualTo(meetingsBefore);
        assertThat(planVersions()).isOne();

        // the goals completed, the review is saved with a new plan version holding every goal
        mvc.perform(review("Klient, mentor, sagsbehandler").param("revisePlan", "true")
                        .param("goals[2].needArea", "FAMILY_MARITAL").param("goals[2].description", "Se sin datter")
                        .param("goals[3].needArea", "LEISURE_RECREATION").param("goals[3].description", "Lære at lave mad")
                        .session(caseworker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings()).isEqualTo(meetingsBefore + 1);
        assertThat(jdbc.queryForList("""
                select g.description from action_plan_goal g join action_plan_version v on v.id = g.version_id
                join action_plan p on p.id = v.plan_id where p.course_id = ? and v.number = 2 order by g.position
                """, String.class, course.id()))
                .containsExactly("Finde et fritidsjob", "Nyt netværk i en idrætsklub", "Se sin datter", "Lære at lave mad");
    }

    @Test
    void C8_aGoalTypedWithoutTickingThePlanRevisionIsNotThrownAway() throws Exception {
        long meetingsBefore = meetings();
        String page = refused(review("Klient, mentor, sagsbehandler")
                .param("goals[2].needArea", "FAMILY_MARITAL").param("goals[2].description", "Se sin datter"));
        assertThat(page).contains("Du har ændret handleplanen herunder").contains("Se sin datter");
        assertThat(meetings()).isEqualTo(meetingsBefore);

        // the plan as it is, without the tick: the review is saved and the plan is unchanged
        mvc.perform(review("Klient, mentor, sagsbehandler").session(caseworker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings()).isEqualTo(meetingsBefore + 1);
        assertThat(planVersions()).isOne();
    }

    @Test
    void C4_aPlanGoalWithANeedAreaButNoTextIsAnErrorAtThatFieldAndNothingIsDropped() throws Exception {
        MockHttpServletRequestBuilder plan = post("/forloeb/" + course.id() + "/handleplan")
                .param("planVersion", String.valueOf(planVersion()))
                .param("needDescription", "Brug for struktur og netværk")
                .param("goals[0].needArea", "EDUCATION_EMPLOYMENT").param("goals[0].description", "Finde et fritidsjob")
                .param("goals[1].needArea", "COMPANIONS").param("goals[1].description", "  ");
        String page = refused(plan);
        assertThat(page).contains("Skriv mål 2").contains("href=\"#goals[1]-description\"").contains("Finde et fritidsjob");
        assertThat(planVersions()).isOne();

        // the row made whole is saved; the rows left wholly empty are not goals
        mvc.perform(post("/forloeb/" + course.id() + "/handleplan").param("planVersion", String.valueOf(planVersion()))
                        .param("needDescription", "Brug for struktur og netværk")
                        .param("goals[0].needArea", "EDUCATION_EMPLOYMENT").param("goals[0].description", "Finde et fritidsjob")
                        .param("goals[1].needArea", "COMPANIONS").param("goals[1].description", "Nyt netværk i en løbeklub")
                        .param("goals[2].needArea", "").param("goals[2].description", "")
                        .session(caseworker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(planVersions()).isEqualTo(2);
    }
}
