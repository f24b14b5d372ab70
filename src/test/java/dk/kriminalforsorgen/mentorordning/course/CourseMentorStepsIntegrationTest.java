package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryMentors;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * The course's mentor steps, issue 16. "One matching page": the course's step "find a mentor" and the
 * client's "Find en mentor" are the same page (one candidate computation, one template), and on it the
 * caseworker chooses the mentor of the course being prepared (C1, C3, M1-M10); another area's course is
 * not found (AZ2). C3 (§11): the client's proposal becomes an applicant in the mentor registry in one
 * step, prefilled from the proposal, in the client's area, linked to the client and to the proposal.
 */
class CourseMentorStepsIntegrationTest extends CourseTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    CoursePreparation preparation;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theCoursesMatchingStepIsTheOneMatchingPageForTheCourse() throws Exception {
        long course = steps.preparing();
        long client = steps.clientOf(course);
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        mvc.perform(get("/forloeb/{id}/matchning", course).session(caseworker))
                .andExpect(redirectedUrl("/mentorer/matchning/" + client + "?forloeb=" + course));
        String forCourse = html(caseworker, "/mentorer/matchning/" + client + "?forloeb=" + course);
        assertThat(forCourse).contains("data-testid=\"match-for-course\"").contains("data-testid=\"match-ranked\"")
                .contains("action=\"/mentorer/matchning/" + client + "/forloeb/" + course + "\"");
        assertThat(html(caseworker, "/forloeb/" + course)).contains("/mentorer/matchning/" + client + "?forloeb=" + course);
        // Without the course the page is the same, and only a coordinator records a choice there.
        String forClient = html(caseworker, "/mentorer/matchning/" + client);
        assertThat(forClient).contains("data-testid=\"match-ranked\"").doesNotContain("data-testid=\"choice-form\"")
                .doesNotContain("data-testid=\"match-for-course\"");
    }

    @Test
    void C3_theCaseworkerChoosesTheCoursesMentorOnTheOneMatchingPage() throws Exception {
        long mentor = steps.as(TestUsers.COORDINATOR, steps::approvedMentor);
        long course = steps.preparing();
        long client = steps.clientOf(course);
        mvc.perform(post("/mentorer/matchning/{c}/forloeb/{k}", client, course).with(csrf())
                        .session(sessions.of(TestUsers.CASEWORKER))
                        .param("version", String.valueOf(steps.courseVersion(course))).param("mentorId", String.valueOf(mentor))
                        .param("hours", "4").param("overrideReason", "Klienten kender mentoren"))
                .andExpect(redirectedUrl("/forloeb/" + course));
        Map<String, Object> row = jdbc.queryForMap("select mentor_id, agreed_hours from mentor_course where id = ?", course);
        assertThat(row.get("mentor_id")).isEqualTo(mentor);
        assertThat((BigDecimal) row.get("agreed_hours")).isEqualByComparingTo("4");
    }

    @Test
    void M7_anExcludedMentorIsRefusedOnTheOneMatchingPageWithTheReasons() throws Exception {
        long applicant = steps.as(TestUsers.COORDINATOR,
                () -> new RegistryMentors(context.getBean(MentorRegistry.class), clock).applicant("Anna"));
        long course = steps.preparing();
        long client = steps.clientOf(course);
        String page = mvc.perform(post("/mentorer/matchning/{c}/forloeb/{k}", client, course).with(csrf())
                        .session(sessions.of(TestUsers.CASEWORKER))
                        .param("version", String.valueOf(steps.courseVersion(course)))
                        .param("mentorId", String.valueOf(applicant)).param("hours", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("kan ikke udpeges som mentor for klienten").contains("data-testid=\"choice-form\"");
        assertThat(jdbc.queryForObject("select mentor_id from mentor_course where id = ?", Long.class, course)).isNull();
    }

    @Test
    void AZ2_anotherAreasCourseIsNotFoundOnTheOneMatchingPage() throws Exception {
        long course = steps.preparing();
        long client = steps.clientOf(course);
        mvc.perform(get("/mentorer/matchning/" + client + "?forloeb=" + course).session(sessions.of(TestUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/{id}/matchning", course).session(sessions.of(TestUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------ C3: the proposal as an applicant

    private Map<String, Object> course(long id) {
        return jdbc.queryForMap("select client_id, area_id, proposal, proposal_text, proposed_mentor_id from mentor_course"
                + " where id = ?", id);
    }

    @Test
    void C3_theProposalBecomesAnApplicantLinkedToTheClientAndTheProposalInOneStep() {
        long id = steps.preparing();
        steps.as(TestUsers.CASEWORKER, () -> {
            preparation.recordProposal(id, steps.courseVersion(id), ProposalKind.PROPOSED, "Hans, nabo og fodboldtræner",
                    new CoursePreparation.ProposedPerson("Hans", "Naboesen", DAY.minusYears(50), "22334455"));
            return null;
        });
        Map<String, Object> course = course(id);
        assertThat(course.get("proposal")).isEqualTo("PROPOSED");
        assertThat(course.get("proposal_text")).isEqualTo("Hans, nabo og fodboldtræner");
        Long mentor = (Long) course.get("proposed_mentor_id");
        assertThat(mentor).isNotNull();
        assertThat(jdbc.queryForMap("select first_name, last_name, birth_date, phone, status, home_area_id,"
                + " proposed_for_client_id from mentor where id = ?", mentor))
                .containsEntry("first_name", "Hans").containsEntry("last_name", "Naboesen")
                .containsEntry("birth_date", java.sql.Date.valueOf(DAY.minusYears(50))).containsEntry("phone", "22334455")
                .containsEntry("status", "APPLICANT").containsEntry("home_area_id", course.get("area_id"))
                .containsEntry("proposed_for_client_id", course.get("client_id"));
    }

    @Test
    void C3_withoutTheNameAndBirthDateNothingIsRegisteredAndTheFieldsAreNamed() {
        long id = steps.preparing();
        long mentorsBefore = jdbc.queryForObject("select count(*) from mentor", Long.class);
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> steps.as(TestUsers.CASEWORKER, () -> {
            preparation.recordProposal(id, steps.courseVersion(id), ProposalKind.PROPOSED, "Hans",
                    new CoursePreparation.ProposedPerson(" ", "Naboesen", null, null));
            return null;
        }));
        assertThat(refusal.violations()).extracting(RuleViolation::field).containsExactly("firstName", "birthDate");
        assertThat(jdbc.queryForObject("select count(*) from mentor", Long.class)).isEqualTo(mentorsBefore);
        assertThat(course(id).get("proposal")).isNull();
    }

    @Test
    void C3_theCoursesProposalFormRegistersTheApplicantWithItsSecondButton() throws Exception {
        long id = steps.preparing();
        mvc.perform(post("/forloeb/{id}/forslag", id).with(csrf()).session(sessions.of(TestUsers.CASEWORKER))
                        .param("version", String.valueOf(steps.courseVersion(id))).param("proposal", "PROPOSED")
                        .param("proposalText", "Grete, klientens tidligere træner").param("createApplicant", "true")
                        .param("firstName", "Grete").param("lastName", "Trænersen")
                        .param("birthDate", DAY.minusYears(60).toString()))
                .andExpect(redirectedUrl("/forloeb/" + id));
        Long mentor = (Long) course(id).get("proposed_mentor_id");
        assertThat(jdbc.queryForObject("select last_name from mentor where id = ?", String.class, mentor))
                .isEqualTo("Trænersen");
        assertThat(html(sessions.of(TestUsers.CASEWORKER), "/forloeb/" + id)).contains("/mentorer/" + mentor);
    }
}
