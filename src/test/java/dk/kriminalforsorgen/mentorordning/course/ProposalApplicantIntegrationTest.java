package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * C3 (§11), issue 16: from the course, the client's proposal becomes an applicant in the mentor registry
 * in one step, prefilled from the proposal, in the client's area, linked to the client (matching) and to
 * the course's proposal.
 */
@IntegrationTest
class ProposalApplicantIntegrationTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    ApplicationContext context;
    @Autowired
    CoursePreparation preparation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    CourseSteps steps;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        steps = new CourseSteps(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

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
        mvc.perform(post("/forloeb/{id}/forslag", id).with(csrf()).session(new LoginSessions(mvc).of(TestUsers.CASEWORKER))
                        .param("version", String.valueOf(steps.courseVersion(id))).param("proposal", "PROPOSED")
                        .param("proposalText", "Grete, klientens tidligere træner").param("createApplicant", "true")
                        .param("firstName", "Grete").param("lastName", "Trænersen")
                        .param("birthDate", DAY.minusYears(60).toString()))
                .andExpect(redirectedUrl("/forloeb/" + id));
        Long mentor = (Long) course(id).get("proposed_mentor_id");
        assertThat(jdbc.queryForObject("select last_name from mentor where id = ?", String.class, mentor))
                .isEqualTo("Trænersen");
        String page = mvc.perform(get("/forloeb/{id}", id).session(new LoginSessions(mvc).of(TestUsers.CASEWORKER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/mentorer/" + mentor);
    }
}
