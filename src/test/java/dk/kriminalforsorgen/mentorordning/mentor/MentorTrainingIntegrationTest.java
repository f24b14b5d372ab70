package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 17: the registry records each training a mentor took, on the mentor's page, by a coordinator of the
 * mentor's home area (AZ2: another area's answers 404), audited (a correction with the values it replaced); the
 * coordinator's start page names the area's mentors without the introduction course.
 */
class MentorTrainingIntegrationTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

    @Autowired
    MentorRegistry registry;
    @Autowired
    MentorTrainings trainings;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    private long approved(String coordinator, String firstName) {
        try (SignedIn ignored = SignedIn.as(sessions.fresh(coordinator))) {
            return new RegistryMentors(registry, clock).approved(firstName);
        }
    }

    private String text(MockHttpSession session, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private long audits(String action, long mentor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(mentor));
    }

    @Test
    void AU1_theCoordinatorRecordsATrainingOnTheMentorsPageAndItIsAudited() throws Exception {
        long mentor = approved(TestUsers.COORDINATOR, "Kursist");
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        assertThat(text(coordinator, "/mentorer/" + mentor)).contains("Der er ikke registreret kurser for mentoren")
                .contains("/mentorer/" + mentor + "/kurser/ny");

        mvc.perform(post("/mentorer/{id}/kurser/ny", mentor).with(csrf()).session(coordinator)
                        .param("kind", "INTRODUCTION").param("name", "Introduktion til mentorordningen")
                        .param("takenOn", DAY.toString()).param("hours", "7,5"))
                .andExpect(redirectedUrl("/mentorer/" + mentor));

        assertThat(jdbc.queryForObject("select hours from mentor_training where mentor_id = ?", BigDecimal.class, mentor))
                .isEqualByComparingTo("7.5");
        assertThat(audits("MENTOR_TRAINING_RECORDED", mentor)).isOne();
        // The registry is national: a caseworker sees the trainings, without the links to change them.
        String asCaseworker = text(sessions.of(TestUsers.CASEWORKER_SOUTH), "/mentorer/" + mentor);
        assertThat(asCaseworker).contains("Introduktion til mentorordningen").contains("7,5")
                .contains("14. september 2026").doesNotContain("/kurser/ny");
    }

    @Test
    void IN1_aBadHoursValueAndAFutureDateAreShownAtTheirFieldsWithTheInputKept() throws Exception {
        long mentor = approved(TestUsers.COORDINATOR, "Kursist");
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/mentorer/{id}/kurser/ny", mentor).with(csrf())
                        .session(sessions.of(TestUsers.COORDINATOR)).param("kind", "FOLLOW_UP")
                        .param("name", "Temadag om netværk").param("takenOn", DAY.plusDays(1).toString())
                        .param("hours", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Datoen ligger efter i dag").contains("Skriv antal timer som et tal over 0")
                .contains("value=\"Temadag om netværk\"");
        assertThat(jdbc.queryForObject("select count(*) from mentor_training where mentor_id = ?", Long.class, mentor))
                .isZero();
    }

    @Test
    void AU1_aCorrectionIsAuditedWithTheValuesItReplaced_andAStaleCorrectionIsRefused() {
        long mentor = approved(TestUsers.COORDINATOR, "Kursist");
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR))) {
            MentorTraining t = trainings.record(mentor, new MentorTrainings.TrainingInput(TrainingKind.OTHER,
                    "Førstehjælp", DAY.minusDays(10), new BigDecimal("3")));
            trainings.correct(mentor, t.getId(), t.getVersion(), new MentorTrainings.TrainingInput(
                    TrainingKind.INTRODUCTION, "Introduktion", DAY.minusDays(10), new BigDecimal("6")));
            assertThatThrownBy(() -> trainings.correct(mentor, t.getId(), t.getVersion(),
                    new MentorTrainings.TrainingInput(TrainingKind.OTHER, "Igen", DAY, BigDecimal.ONE)))
                    .isInstanceOf(StaleEditException.class);
            assertThat(trainings.introductionOn(mentor)).contains(DAY.minusDays(10));
        }
        String details = jdbc.queryForObject("select details from audit_event where action = 'MENTOR_TRAINING_CORRECTED' "
                + "and subject_id = ?", String.class, String.valueOf(mentor));
        assertThat(details).contains("før: OTHER \"Førstehjælp\"").contains("nu: INTRODUCTION \"Introduktion\"");
    }

    @Test
    void AZ2_anotherAreasCoordinatorGets404AndACaseworker403() throws Exception {
        long mentor = approved(TestUsers.COORDINATOR, "Kursist");
        mvc.perform(get("/mentorer/{id}/kurser/ny", mentor).session(sessions.of(TestUsers.COORDINATOR_SOUTH)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mentorer/{id}/kurser/ny", mentor).with(csrf()).session(sessions.of(TestUsers.COORDINATOR_SOUTH))
                        .param("kind", "INTRODUCTION").param("name", "x").param("takenOn", DAY.toString())
                        .param("hours", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/mentorer/{id}/kurser/ny", mentor).session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isForbidden());
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR_SOUTH))) {
            assertThatThrownBy(() -> trainings.record(mentor, new MentorTrainings.TrainingInput(TrainingKind.OTHER,
                    "x", DAY, BigDecimal.ONE))).isInstanceOf(NotFoundException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from mentor_training where mentor_id = ?", Long.class, mentor))
                .isZero();
    }

    @Test
    void theCoordinatorsStartPageNamesTheAreasMentorsWithoutTheIntroduction_bounded() throws Exception {
        long without = approved(TestUsers.COORDINATOR, "Utrænet");
        long with = approved(TestUsers.COORDINATOR, "Trænet");
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR))) {
            trainings.record(with, new MentorTrainings.TrainingInput(TrainingKind.INTRODUCTION, "Introduktion",
                    DAY.minusMonths(1), new BigDecimal("7")));
            MentorTrainings.LackingIntroduction lacking = trainings.lackingIntroduction(TestUsers.HOVEDSTADEN);
            List<Long> ids = lacking.mentors().stream().map(MentorTrainings.MentorLacking::mentorId).toList();
            assertThat(lacking.total()).isGreaterThanOrEqualTo(1);
            assertThat(lacking.mentors()).hasSizeLessThanOrEqualTo(MentorTrainings.LACKING_SHOWN);
            assertThat(ids).doesNotContain(with);
            assertThat(lacking.required()).as("off by default").isFalse();
            // Recording the introduction takes a mentor off the list (other tests' mentors may be on it too).
            trainings.record(without, new MentorTrainings.TrainingInput(TrainingKind.INTRODUCTION, "Introduktion",
                    DAY, new BigDecimal("7")));
            assertThat(trainings.lackingIntroduction(TestUsers.HOVEDSTADEN).total()).isEqualTo(lacking.total() - 1);
        }
        String start = text(sessions.of(TestUsers.COORDINATOR), "/");
        assertThat(start).contains("data-testid=\"panel-lacking-introduction\"")
                .contains("Dit område kræver ikke introduktionskurset");
        assertThat(text(sessions.of(TestUsers.CASEWORKER), "/")).doesNotContain("panel-lacking-introduction");
    }
}
