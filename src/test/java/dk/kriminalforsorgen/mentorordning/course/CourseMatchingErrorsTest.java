package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.Matches;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16, defect 10 on the matching page of a course (the one matching page, reached from the course): choosing a mentor below the first place without a reason
 * put an error in the summary that linked to "#overrideReason", an id no field had. The chosen candidate's
 * reason field now has that id, shows the error next to it and keeps what was typed.
 */
class CourseMatchingErrorsTest extends IntegrationTestBase {

    private static final Pattern MENTOR_ID = Pattern.compile("<option value=\"(\\d+)\"");

    @Test
    void theSummaryLinksToTheChosenCandidatesReasonField() throws Exception {
        CourseSteps steps = new CourseSteps(context);
        long course = steps.preparing();
        steps.as(TestUsers.COORDINATOR, steps::approvedMentor);
        steps.as(TestUsers.COORDINATOR, steps::approvedMentor);
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);

        long client = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
        String matching = mvc.perform(get("/mentorer/matchning/{c}", client).param("forloeb", String.valueOf(course))
                        .session(caseworker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> candidates = Matches.all(MENTOR_ID, matching.substring(matching.indexOf("data-testid=\"choice-form\"")));
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(2);

        String page = mvc.perform(post("/mentorer/matchning/{c}/forloeb/{k}", client, course).session(caseworker).with(csrf())
                        .param("version", String.valueOf(steps.courseVersion(course)))
                        .param("mentorId", candidates.get(1)).param("hours", "4").param("overrideReason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#overrideReason\"")
                .containsOnlyOnce("id=\"overrideReason\"")
                .contains("id=\"overrideReason-error\"")
                .contains("aria-invalid=\"true\"");
    }
}
