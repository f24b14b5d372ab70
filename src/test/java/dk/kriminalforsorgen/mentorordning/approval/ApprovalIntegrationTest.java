package dk.kriminalforsorgen.mentorordning.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static dk.kriminalforsorgen.mentorordning.support.OnceTokens.onceToken;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** M8 (§7 stk. 2) end to end over HTTP: flag, queue, approve, reject, the area sees it, stale decisions. */
class ApprovalIntegrationTest extends IntegrationTestBase {

    MentorRegistrySteps steps;
    MockHttpSession coordinator;
    MockHttpSession directorate;

    @BeforeEach
    void setUp() {
        clock.setDate(java.time.LocalDate.of(2027, 2, 1));
        steps = new MentorRegistrySteps(mvc, jdbc, clock);
        coordinator = sessions.of(TestUsers.COORDINATOR);
        directorate = sessions.of(TestUsers.DIRECTORATE);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The page answering a POST of the decision form (at version 0) to the case's path plus suffix. */
    private String posted(long caseId, String suffix, String decision, String reason) throws Exception {
        return mvc.perform(post("/godkendelser/" + caseId + suffix).session(directorate).with(csrf())
                        .param("decision", decision).param("reason", reason).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long flaggedCandidate(String lastPrefix) throws Exception {
        String last = MentorRegistrySteps.uniqueLastName(lastPrefix);
        long id = steps.registeredCandidate(coordinator, "Kim", last, "Dom for vold 2011");
        steps.flag(coordinator, id, "Forholdet er gammelt; kandidaten er stabil og anbefalet.");
        assertThat(steps.status(id)).isEqualTo("AWAITING_DIRECTORATE");
        return id;
    }

    private void decide(long caseId, String decision, String reason, long version) throws Exception {
        mvc.perform(post("/godkendelser/{id}", caseId).session(directorate).with(csrf())
                        .param("decision", decision).param("reason", reason).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/godkendelser/" + caseId + "/afgjort"));
    }

    /** A flagged candidate's approval case. */
    private record Case(long mentorId, long caseId) {
    }

    /** A candidate flagged to the directorate, whose case the directorate has decided (the first decision, version 0). */
    private Case decided(String lastName, String decision, String reason) throws Exception {
        long id = flaggedCandidate(lastName);
        long caseId = steps.openCase(id);
        decide(caseId, decision, reason, 0);
        return new Case(id, caseId);
    }

    @Test
    void M8_flaggedCandidateAppearsInTheQueueWithWaitingTimeAndJustification() throws Exception {
        long id = flaggedCandidate("Kø");
        long caseId = steps.openCase(id);
        String name = jdbc.queryForObject("select first_name || ' ' || last_name from mentor where id = ?", String.class, id);
        assertThat(html(directorate, "/godkendelser")).contains(name, "Under 1 dag", "Hovedstaden");
        assertThat(html(directorate, "/godkendelser/" + caseId)).contains("Forholdet er gammelt", "Dom for vold 2011");
    }

    @Test
    void M8_directorateApprovesAndTheAreaSeesTheDecision() throws Exception {
        Case approved = decided("Godkend", "APPROVED", "Forholdet har ingen betydning for opgaven.");
        long id = approved.mentorId();
        assertThat(steps.status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select directorate_approved_at is not null from mentor where id = ?", Boolean.class, id)).isTrue();
        assertThat(html(coordinator, "/mentorer/" + id)).contains("Godkendt af direktoratet", "Forholdet har ingen betydning");
        assertThat(html(coordinator, "/")).contains("panel-area-approvals");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'APPROVAL_DECIDED' and subject_id = ?",
                Integer.class, String.valueOf(approved.caseId()))).isEqualTo(1);
    }

    /** Issue 16, defect 10: who flagged and who decided are shown by name, not by log-in name. */
    @Test
    void M8_theCaseAndTheMentorNameWhoFlaggedAndWhoDecidedNotTheirLogInNames() throws Exception {
        long id = flaggedCandidate("Navne");
        long caseId = steps.openCase(id);
        assertThat(html(directorate, "/godkendelser/" + caseId)).contains("af Berit Lund")
                .doesNotContain(TestUsers.COORDINATOR);
        decide(caseId, "APPROVED", "Forholdet har ingen betydning for opgaven.", 0);
        String mentorPage = html(coordinator, "/mentorer/" + id);
        assertThat(mentorPage).contains("Jonas Vest", "Berit Lund")
                .doesNotContain(TestUsers.DIRECTORATE + "<", TestUsers.DIRECTORATE + ".", TestUsers.COORDINATOR + "<",
                        TestUsers.COORDINATOR + ".");
    }

    @Test
    void M8_directorateRejectsAndTheAreaSeesTheDecision() throws Exception {
        long id = decided("Afvis", "REJECTED", "Forholdet er for alvorligt til opgaven.").mentorId();
        assertThat(steps.status(id)).isEqualTo("REJECTED");
        assertThat(html(coordinator, "/mentorer/" + id)).contains("Afvist af direktoratet", "Forholdet er for alvorligt");
    }

    @Test
    void M8_aDecisionOnACaseAnotherUserJustDecidedIsRefusedAndChangesNothing() throws Exception {
        Case first = decided("Samtidig", "APPROVED", "Første afgørelse.");
        String page = posted(first.caseId(), "", "REJECTED", "Anden afgørelse.");
        assertThat(page).contains("En anden bruger har netop truffet afgørelse i denne sag");
        assertThat(steps.status(first.mentorId())).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select decision || '/' || decision_reason from approval_case where id = ?",
                String.class, first.caseId())).isEqualTo("APPROVED/Første afgørelse.");
    }

    @Test
    void M8_decisionWithoutReasonKeepsInputAndSavesNothing() throws Exception {
        long id = flaggedCandidate("Grund");
        long caseId = steps.openCase(id);
        String page = posted(caseId, "", "APPROVED", "");
        assertThat(page).contains("error-summary", "selected=\"selected\"");
        assertThat(steps.status(id)).isEqualTo("AWAITING_DIRECTORATE");
    }

    @Test
    void M8_flaggingWithoutJustificationIsRefused() throws Exception {
        long id = steps.registeredCandidate(coordinator, "Jo", MentorRegistrySteps.uniqueLastName("Uden"), "Bøde for spirituskørsel 2016 (testnote)");
        String page = mvc.perform(post("/mentorer/{id}/indstil", id).session(coordinator).with(csrf())
                        .param("justification", " ").param("version", String.valueOf(steps.version(id))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "href=\"#justification\"");
        assertThat(steps.status(id)).isEqualTo("VETTING");
        assertThat(jdbc.queryForObject("select count(*) from approval_case where mentor_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void M8_theCheckPageShowsTheDecisionWithChangeLinksAndSavesNothing() throws Exception {
        long id = flaggedCandidate("Tjek");
        long caseId = steps.openCase(id);
        String check = posted(caseId, "/tjek", "APPROVED", "Forholdet er uden betydning.");
        assertThat(check).contains("data-testid=\"approval-check\"", "Godkend kandidaten som mentor",
                "Forholdet er uden betydning.", "Forholdet er gammelt",
                "formaction=\"/godkendelser/" + caseId + "/ret#reason\"", "action=\"/godkendelser/" + caseId + "\"",
                "mentortovholdere i Hovedstaden");
        assertThat(steps.status(id)).isEqualTo("AWAITING_DIRECTORATE");

        String form = posted(caseId, "/ret", "APPROVED", "Forholdet er uden betydning.");
        assertThat(form).contains("action=\"/godkendelser/" + caseId + "/tjek\"", "Forholdet er uden betydning.</textarea>",
                "selected=\"selected\"");
    }

    @Test
    void M8_aCheckWithoutReasonStaysOnTheFormWithTheErrorAtTheField() throws Exception {
        long caseId = steps.openCase(flaggedCandidate("TjekGrund"));
        String page = posted(caseId, "/tjek", "REJECTED", " ");
        assertThat(page).contains("error-summary", "id=\"reason-error\"").doesNotContain("approval-check");
    }

    @Test
    void M8_aDoubleSubmittedDecisionIsSavedOnceAndTheConfirmationSaysTheAreaIsTold() throws Exception {
        long id = flaggedCandidate("Dobbelt");
        long caseId = steps.openCase(id);
        String check = posted(caseId, "/tjek", "REJECTED", "For alvorligt.");
        String token = onceToken(check);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/godkendelser/{id}", caseId).session(directorate).with(csrf()).param("_once", token)
                            .param("decision", "REJECTED").param("reason", "For alvorligt.").param("version", "0"))
                    .andExpect(redirectedUrl("/godkendelser/" + caseId + "/afgjort"));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'APPROVAL_DECIDED' and subject_id = ?",
                Integer.class, String.valueOf(caseId))).isEqualTo(1);
        assertThat(steps.status(id)).isEqualTo("REJECTED");
        assertThat(html(directorate, "/godkendelser/" + caseId + "/afgjort")).contains("Afvist af direktoratet",
                "For alvorligt.", "Mentortovholderne i Hovedstaden kan nu se afgørelsen", "kan ikke udpeges");
    }

    @Test
    void M8_onlyTheDirectorateReachesTheQueue() throws Exception {
        mvc.perform(get("/godkendelser").session(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/godkendelser").session(sessions.of(TestUsers.CASEWORKER))).andExpect(status().isForbidden());
    }
}
