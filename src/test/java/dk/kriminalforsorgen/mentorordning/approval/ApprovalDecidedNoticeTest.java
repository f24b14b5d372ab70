package dk.kriminalforsorgen.mentorordning.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, M8 (§7 stk. 2): the directorate's decision on a flagged mentor reaches the coordinators of the mentor's
 * home area (the area that flagged the mentor), in the application: nobody else, never another area's. The notice
 * names the outcome only, never the reason or the vetting.
 */
class ApprovalDecidedNoticeTest extends IntegrationTestBase {

    MentorRegistrySteps steps;

    @BeforeEach
    void setUp() {
        clock.setDate(java.time.LocalDate.of(2027, 2, 1));
        steps = new MentorRegistrySteps(mvc, jdbc, clock);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private List<Long> recipients(long caseId) {
        return jdbc.queryForList("select recipient_user_id from notice where kind = 'APPROVAL_DECIDED' and occasion = ?",
                Long.class, "approval-case:" + caseId);
    }

    @Test
    void M8_theDecisionReachesTheCoordinatorsOfTheMentorsAreaAndNobodyElse() throws Exception {
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        long mentorId = steps.registeredCandidate(coordinator, "Kim", MentorRegistrySteps.uniqueLastName("Notits"),
                "Dom for vold 2011");
        steps.flag(coordinator, mentorId, "Forholdet er gammelt; kandidaten er stabil og anbefalet.");
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        long caseId = steps.openCase(mentorId);
        mvc.perform(post("/godkendelser/{id}", caseId).session(directorate).with(csrf()).param("decision", "REJECTED")
                .param("reason", "Forholdet er for alvorligt til opgaven.").param("version", "0"))
                .andExpect(redirectedUrl("/godkendelser/" + caseId + "/afgjort"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !recipients(caseId).isEmpty());
        List<Long> coordinators = jdbc.queryForList(
                "select id from app_user where role = 'COORDINATOR' and area_id = ? and enabled", Long.class,
                TestUsers.HOVEDSTADEN);
        assertThat(recipients(caseId)).contains(userId(TestUsers.COORDINATOR))
                .containsExactlyInAnyOrderElementsOf(coordinators)
                .doesNotContain(userId(TestUsers.COORDINATOR_SOUTH), userId(TestUsers.DIRECTORATE),
                        userId(TestUsers.CASEWORKER));
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/notifikationer")
                        .session(coordinator)).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Direktoratet har truffet afgørelse om en mentorkandidat")
                .contains("ikke godkendt").doesNotContain("Forholdet er for alvorligt").doesNotContain("vold");
    }
}
