package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalContact;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalCooperation;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalPlanKind;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.actionplan.SharingConsent;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 17: the action plan records the cooperation with the client's municipality through the real pages and
 * services on PostgreSQL: saved with consent, refused without it (input kept), carried into the next version,
 * a stale version refused (CI1), shown in the plan and its print view, offered to meetings as a participant.
 */
class MunicipalCooperationIntegrationTest extends CourseTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-06-10");

    @Autowired
    CoursePreparation preparation;
    @Autowired
    ActionPlans plans;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    private long planVersion(long course) {
        return jdbc.queryForObject("select version from action_plan where course_id = ?", Long.class, course);
    }

    private int currentNumber(long course) {
        return jdbc.queryForObject("select current_number from action_plan where course_id = ?", Integer.class, course);
    }

    private MockHttpServletRequestBuilder planForm(long course) {
        return post("/forloeb/{id}/handleplan", course).with(csrf())
                .param("planVersion", String.valueOf(planVersion(course)))
                .param("needDescription", "Klienten har brug for en fast voksen og struktur")
                .param("goals[0].needArea", "EDUCATION_EMPLOYMENT").param("goals[0].description", "Fast job")
                .param("tasks[0].taskGroup", "PRACTICAL").param("tasks[0].mentorTasks", "Jobsøgning")
                .param("municipalityCode", "101").param("municipalPlanKind", "JOB_PLAN")
                .param("municipalPlanText", "Jobplan: praktik på et lager");
    }

    private String text(MockHttpSession session, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private MunicipalCooperation municipal(long course, int number) {
        MunicipalCooperation m = tx.execute(s -> plans.version(course, number).getMunicipal());
        return m;
    }

    private MunicipalCooperation currentMunicipal(long course) {
        MunicipalCooperation m = tx.execute(s -> plans.find(course).orElseThrow().current().getMunicipal());
        return m;
    }

    private Optional<MunicipalContact> contact(long course) {
        Optional<MunicipalContact> c = tx.execute(s -> plans.municipalContact(course));
        return c;
    }

    private static PlanContent withMunicipal(MunicipalCooperation municipal) {
        PlanContent base = DemoCourses.plan();
        return new PlanContent(base.needDescription(), base.goals(), base.tasks(), municipal);
    }

    @Test
    void theCaseworkerRecordsTheMunicipalJobPlanWithTheContactAndItShowsInThePlanAndItsPrintView() throws Exception {
        long course = steps.active();
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        assertThat(text(caseworker, "/forloeb/" + course + "/handleplan")).contains("data-testid=\"municipal-fields\"")
                .contains("Region Syddanmark").contains("Handleplan efter serviceloven §140");

        mvc.perform(planForm(course).param("sharingConsent", "GIVEN").param("sharingConsentOn", DAY.toString())
                        .param("contactName", "Mette Fiktiv Holm").param("contactPhone", "33 66 33 66")
                        .param("contactEmail", "mette.holm@kk.example.dk").session(caseworker))
                .andExpect(redirectedUrl("/forloeb/" + course));

        assertThat(currentNumber(course)).isEqualTo(2);
        String page = text(caseworker, "/forloeb/" + course);
        assertThat(page).contains("data-testid=\"plan-municipal\"").contains("København").contains("Jobplan")
                .contains("Jobplan: praktik på et lager").contains("Mette Fiktiv Holm").contains("33 66 33 66")
                .contains("Samtykke givet den 10. juni 2026");
        assertThat(text(caseworker, "/forloeb/" + course + "/handleplan/udskriv")).contains("Mette Fiktiv Holm")
                .contains("København");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACTION_PLAN_SAVED' "
                + "and subject_id = ? and details = 'version=2'", Long.class, String.valueOf(course))).isOne();
    }

    @Test
    void SHARING_CONSENT_aContactWithoutConsentIsShownAtTheFieldWithTheInputKeptAndNothingSaved() throws Exception {
        long course = steps.active();
        String page = HtmlUtils.htmlUnescape(mvc.perform(planForm(course).param("contactName", "Mette Fiktiv Holm")
                        .param("contactPhone", "33663366").session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("En kontaktperson i kommunen kan kun registreres, når klienten har givet samtykke")
                .contains("value=\"Mette Fiktiv Holm\"").contains("Jobplan: praktik på et lager");
        assertThat(currentNumber(course)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from action_plan_version v join action_plan p on p.id = v.plan_id
                where p.course_id = ? and v.municipal_contact_name is not null""", Long.class, course)).isZero();
    }

    @Test
    void theCooperationIsCarriedIntoTheNextVersionWhenTheRevisionSaysNothingAboutIt() {
        long course = steps.active();
        MunicipalCooperation recorded = new MunicipalCooperation(461, "Mette Fiktiv Holm", null, "mette@odense.example.dk",
                MunicipalPlanKind.SERVICE_ACT_140, null, SharingConsent.GIVEN, DAY.minusDays(3));
        steps.as(TestUsers.CASEWORKER, () -> preparation.savePlan(course, planVersion(course), withMunicipal(recorded)));
        PlanContent base = DemoCourses.plan();
        int number = steps.as(TestUsers.CASEWORKER, () -> preparation.savePlan(course, planVersion(course),
                new PlanContent(base.needDescription() + " Også bolig.", base.goals(), base.tasks())));

        assertThat(number).isEqualTo(3);
        assertThat(municipal(course, 3)).isEqualTo(recorded);
        assertThat(municipal(course, 1)).isEqualTo(MunicipalCooperation.none());
    }

    @Test
    void CI1_aSecondSaveFromTheSameVersionIsRefusedAsStale() {
        long course = steps.active();
        long read = planVersion(course);
        MunicipalCooperation first = new MunicipalCooperation(101, null, null, null, MunicipalPlanKind.JOB_PLAN, null,
                null, null);
        MunicipalCooperation second = new MunicipalCooperation(147, null, null, null, MunicipalPlanKind.EDUCATION_PLAN,
                null, null, null);
        steps.as(TestUsers.CASEWORKER, () -> preparation.savePlan(course, read, withMunicipal(first)));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER,
                () -> preparation.savePlan(course, read, withMunicipal(second))))
                .isInstanceOfAny(StaleEditException.class, org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(currentMunicipal(course)).isEqualTo(first);
    }

    @Test
    void SHARING_CONSENT_theServiceRefusesAContactWithoutConsentWhoeverCalls() {
        long course = steps.active();
        MunicipalCooperation noConsent = new MunicipalCooperation(101, "Mette Fiktiv Holm", "33663366", null,
                MunicipalPlanKind.NONE, null, SharingConsent.REFUSED, DAY);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER,
                () -> preparation.savePlan(course, planVersion(course), withMunicipal(noConsent))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Check.SHARING_CONSENT)).isTrue());
        assertThat(currentNumber(course)).isEqualTo(1);
    }

    @Test
    void theMunicipalContactIsOfferedToMeetingsOnlyWhileTheConsentStands() throws Exception {
        long course = steps.active();
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        String planMeeting = "/forloeb/" + course + "/moeder/planlaeg";
        assertThat(text(caseworker, planMeeting)).doesNotContain("Mette Fiktiv Holm");
        steps.as(TestUsers.CASEWORKER, () -> preparation.savePlan(course, planVersion(course), withMunicipal(
                new MunicipalCooperation(101, "Mette Fiktiv Holm", "33663366", "mette@kk.example.dk",
                        MunicipalPlanKind.JOB_PLAN, null, SharingConsent.GIVEN, DAY))));
        assertThat(contact(course)).contains(new MunicipalContact("Mette Fiktiv Holm", "mette@kk.example.dk", "33663366", 101));
        // the meeting form offers the contact as the first other participant, to keep or clear
        assertThat(text(caseworker, planMeeting)).contains("value=\"Mette Fiktiv Holm\"")
                .contains("value=\"mette@kk.example.dk\"");

        // The client withdraws the consent: the contact must go, and is no longer offered.
        steps.as(TestUsers.CASEWORKER, () -> preparation.savePlan(course, planVersion(course), withMunicipal(
                new MunicipalCooperation(101, null, null, null, MunicipalPlanKind.JOB_PLAN, null, SharingConsent.REFUSED,
                        DAY))));
        assertThat(contact(course)).isEmpty();
        assertThat(text(caseworker, planMeeting)).doesNotContain("Mette Fiktiv Holm");
        assertThat(municipal(course, 2).getContactName()).isEqualTo("Mette Fiktiv Holm");
    }

    @Test
    void AZ2_anotherAreasCaseworkerCannotOpenThePlanForm() throws Exception {
        long course = steps.active();
        mvc.perform(get("/forloeb/{id}/handleplan", course).session(sessions.of(TestUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
        assertThat(List.of(currentNumber(course))).containsExactly(1);
    }
}
