package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.NOW;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.PROPERTIES;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** The registry lifecycle (DOMAIN §4) and vetting (M7, M8) guarded in the {@link Mentor} aggregate. */
class MentorLifecycleTest {

    private static RuleViolation refused(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.first();
        }
        throw new AssertionError("expected a RuleViolation");
    }

    @Test
    void newApplicantStartsAsApplicantWithHistory() {
        Mentor m = Mentors.applicant();
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPLICANT);
        assertThat(m.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(MentorStatus.APPLICANT);
            assertThat(change.changedBy()).isEqualTo("tovholder");
            assertThat(change.reason()).isEqualTo("Ansøgning modtaget");
        });
    }

    /** Issue 16 defect 8: M1 concerns the day of appointment, so a candidate turning 18 next week is registered. */
    @Test
    void M1_allowsRegisteringACandidateWhoTurns18NextWeek() {
        Mentor m = Mentor.apply(Mentors.profileBornOn(TODAY.minusYears(18).plusWeeks(1)), null, "tovholder", NOW,
                TODAY, "x");
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPLICANT);
    }

    private static Mentor vettedTurning18Tomorrow() {
        Mentor m = Mentor.apply(Mentors.profileBornOn(TODAY.minusYears(18).plusDays(1)), null, "tovholder", NOW,
                TODAY, "x");
        m.recordConsent(1L, TODAY, "tovholder", NOW, TODAY);
        m.recordCheck(TODAY, RecordResult.NOT_REGISTERED, null, "tovholder", NOW, TODAY);
        return m;
    }

    /** ... and can give written consent and be vetted (M7) before the 18th birthday. */
    @Test
    void M1_allowsConsentAndVettingBeforeThe18thBirthday() {
        Mentor m = vettedTurning18Tomorrow();
        assertThat(m.getStatus()).isEqualTo(MentorStatus.VETTING);
        assertThat(m.vetting().isChecked()).isTrue();
    }

    /** The area may approve the vetted candidate before the birthday; the appointment waits for it (AppointmentPolicy). */
    @Test
    void M1_allowsApprovingACandidateWhoTurns18Tomorrow() {
        Mentor m = vettedTurning18Tomorrow();
        m.approve("Egnet efter samtale", "tovholder", NOW, TODAY, PROPERTIES);
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPROVED);
    }

    @Test
    void M1_allowsRegisteringSomeoneWhoTurned18Today() {
        assertThat(Mentor.apply(Mentors.profileBornOn(TODAY.minusYears(18)), null, "tovholder", NOW, TODAY, "x")
                .getStatus()).isEqualTo(MentorStatus.APPLICANT);
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        assertThat(refused(() -> Mentor.apply(Mentors.profileBornOn(TODAY.plusDays(1)), null, "t", NOW, TODAY, "x"))
                .messageKey()).isEqualTo("mentor.birthDate.implausible");
    }

    @Test
    void M7_consentMovesApplicantToVettingAndIsRecorded() {
        Mentor m = Mentors.vetting();
        assertThat(m.getStatus()).isEqualTo(MentorStatus.VETTING);
        assertThat(m.vetting().consentGivenOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(m.history()).last().satisfies(c -> assertThat(c.reason()).contains("§6"));
    }

    @Test
    void M7_refusesRecordCheckWithoutWrittenConsent() {
        Mentor m = Mentors.applicant();
        RuleViolation v = refused(() -> m.recordCheck(TODAY, RecordResult.NOT_REGISTERED, null, "t", NOW, TODAY));
        assertThat(v.ruleId()).isEqualTo("M7");
        assertThat(v.messageKey()).isEqualTo("mentor.M7.consentMissing");
        assertThat(m.vetting().isChecked()).isFalse();
    }

    @Test
    void M7_allowsRecordCheckAfterConsent() {
        Mentor m = Mentors.checked(RecordResult.NOT_REGISTERED);
        assertThat(m.vetting().recordCheckedOn()).isEqualTo(TODAY.minusDays(5));
        assertThat(m.vetting().validUntil(PROPERTIES)).isEqualTo(TODAY.minusDays(5).plusMonths(24).minusDays(1));
    }

    @Test
    void M7_refusesCheckDatedBeforeTheConsent() {
        Mentor m = Mentors.vetting();
        assertThat(refused(() -> m.recordCheck(TODAY.minusDays(11), RecordResult.NOT_REGISTERED, null, "t", NOW, TODAY))
                .messageKey()).isEqualTo("mentor.M7.checkBeforeConsent");
    }

    @Test
    void areaApprovesUnregisteredCandidate() {
        Mentor m = Mentors.approved();
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPROVED);
        assertThat(m.history()).extracting(MentorStatusChange::to)
                .containsExactly(MentorStatus.APPLICANT, MentorStatus.VETTING, MentorStatus.APPROVED);
    }

    @Test
    void M8_refusesAreaApprovalOfRegisteredCandidate() {
        Mentor m = Mentors.checked(RecordResult.REGISTERED);
        RuleViolation v = refused(() -> m.approve("ok", "t", NOW, TODAY, PROPERTIES));
        assertThat(v.ruleId()).isEqualTo("M8");
        assertThat(m.getStatus()).isEqualTo(MentorStatus.VETTING);
    }

    @Test
    void M8_allowsFlaggingRegisteredCandidateWithJustification() {
        Mentor m = Mentors.awaitingDirectorate();
        assertThat(m.getStatus()).isEqualTo(MentorStatus.AWAITING_DIRECTORATE);
    }

    @Test
    void M8_refusesFlaggingWithoutJustification() {
        Mentor m = Mentors.checked(RecordResult.REGISTERED);
        assertThat(refused(() -> m.flagForDirectorate("  ", "t", NOW, TODAY, PROPERTIES)).field()).isEqualTo("justification");
    }

    @Test
    void M8_refusesFlaggingUnregisteredCandidate() {
        Mentor m = Mentors.checked(RecordResult.NOT_REGISTERED);
        assertThat(refused(() -> m.flagForDirectorate("why", "t", NOW, TODAY, PROPERTIES)).ruleId()).isEqualTo("M8");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            true,  APPROVED, Forholdet er uden betydning for opgaven
            false, REJECTED, For alvorligt forhold
            """)
    void M8_theDirectoratesDecisionApprovesOrRejectsAndIsRecorded(boolean approved, MentorStatus status, String reason) {
        Mentor m = Mentors.awaitingDirectorate();
        m.directorateDecision(approved, reason, "direktorat", NOW);
        assertThat(m.getStatus()).isEqualTo(status);
        assertThat(m.vetting().isDirectorateApproved()).isEqualTo(approved);
        assertThat(m.history()).last().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("direktorat");
            assertThat(c.reason()).contains(reason);
        });
    }

    @Test
    void M8_decisionRequiresAReason() {
        Mentor m = Mentors.awaitingDirectorate();
        assertThat(refused(() -> m.directorateDecision(true, "", "d", NOW)).field()).isEqualTo("reason");
        assertThat(m.getStatus()).isEqualTo(MentorStatus.AWAITING_DIRECTORATE);
    }

    @Test
    void M2_refusesApprovalOfCandidateWhoDoesNotSpeakDanish() {
        Mentor m = Mentors.checked(RecordResult.NOT_REGISTERED);
        MentorProfile p = Mentors.profile();
        m.updateProfile(new MentorProfile(p.firstName(), p.lastName(), p.birthDate(), p.email(), p.phone(), p.address(),
                p.postalCode(), p.city(), p.homeAreaId(), false, p.cooperationDeclaredOn(), p.documentationDeclaredOn(),
                p.confidentialitySignedOn(), null, p.hoursPerWeek(), null, p.needAreas(), p.taskGroups(), p.languages()), TODAY);
        assertThat(refused(() -> m.approve("ok", "t", NOW, TODAY, PROPERTIES)).ruleId()).isEqualTo("M2");
    }

    @Test
    void expiredVettingRefusesApproval() {
        // valid for 24 months: the last valid day of a check made 24 months ago was yesterday
        Mentor expired = Mentors.checkedOn(TODAY.minusMonths(24), RecordResult.NOT_REGISTERED);
        RuleViolation v = refused(() -> expired.approve("ok", "t", NOW, TODAY, PROPERTIES));
        assertThat(v.ruleId()).isEqualTo("VETTING_VALIDITY");
        assertThat(v.messageKey()).isEqualTo("mentor.vetting.expired");
        assertThat(expired.getStatus()).isEqualTo(MentorStatus.VETTING);
    }

    @Test
    void vettingOnItsLastValidDayAllowsApproval() {
        Mentor lastDay = Mentors.checkedOn(TODAY.minusMonths(24).plusDays(1), RecordResult.NOT_REGISTERED);
        lastDay.approve("ok", "t", NOW, TODAY, PROPERTIES);
        assertThat(lastDay.getStatus()).isEqualTo(MentorStatus.APPROVED);
    }

    @Test
    void approvedMentorCanBeDeactivatedAndReactivated() {
        Mentor m = Mentors.approved();
        m.deactivate("Orlov", "t", NOW);
        assertThat(m.getStatus()).isEqualTo(MentorStatus.INACTIVE);
        m.reactivate("Tilbage", "t", NOW);
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPROVED);
    }

    @Test
    void illegalTransitionsAreRefusedWithAMessage() {
        Mentor applicant = Mentors.applicant();
        RuleViolation v = refused(() -> applicant.deactivate("x", "t", NOW));
        assertThat(v.ruleId()).isEqualTo("STATE");
        assertThat(v.messageKey()).isEqualTo("mentor.transition.illegal");
        assertThat(v.arguments()).containsExactly("mentor.status.APPLICANT", "mentor.status.INACTIVE");

        Mentor awaiting = Mentors.awaitingDirectorate();
        assertThat(refused(() -> awaiting.retire("x", "t", NOW)).ruleId()).isEqualTo("STATE");
        assertThat(refused(() -> awaiting.reject("x", "t", NOW)).ruleId()).isEqualTo("STATE");

        Mentor approved = Mentors.approved();
        assertThat(refused(() -> approved.directorateDecision(true, "x", "d", NOW)).ruleId()).isEqualTo("STATE");
        assertThat(refused(() -> approved.reactivate("x", "t", NOW)).ruleId()).isEqualTo("STATE");
    }

    @Test
    void retiredMentorIsFinal() {
        Mentor m = Mentors.approved();
        m.retire("Flyttet", "t", NOW);
        assertThat(MentorStatus.RETIRED.successors()).isEmpty();
        assertThat(refused(() -> m.reactivate("x", "t", NOW)).ruleId()).isEqualTo("STATE");
        assertThat(refused(() -> m.updateProfile(Mentors.profile(), TODAY)).messageKey()).isEqualTo("mentor.retired.readOnly");
    }

    @Test
    void rejectionRequiresAReason() {
        Mentor m = Mentors.applicant();
        assertThat(refused(() -> m.reject(null, "t", NOW)).field()).isEqualTo("reason");
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPLICANT);
    }

    @Test
    void renewedCheckShowingRegistrationSendsApprovedMentorBackToVetting() {
        Mentor m = Mentors.approved();
        m.recordConsent(1L, TODAY, "t", NOW, TODAY);
        assertThat(m.getStatus()).isEqualTo(MentorStatus.APPROVED);
        m.recordCheck(TODAY, RecordResult.REGISTERED, "Ny dom", "t", NOW, TODAY);
        assertThat(m.getStatus()).isEqualTo(MentorStatus.VETTING);
    }

    @Test
    void unavailabilityEndsByItselfTheDayAfter() {
        Mentor m = Mentors.approved();
        m.markUnavailable(TODAY.plusDays(14), TODAY);
        assertThat(m.isAvailableOn(TODAY.plusDays(14))).isFalse();
        assertThat(m.isAvailableOn(TODAY.plusDays(15))).isTrue();
        assertThatThrownBy(() -> m.markUnavailable(LocalDate.of(2020, 1, 1), TODAY)).isInstanceOf(Refusal.class);
    }

    @Test
    void AZ3_awaitingDirectorateLooksLikeVettingToOthers() {
        assertThat(MentorStatus.AWAITING_DIRECTORATE.publicView()).isEqualTo(MentorStatus.VETTING);
        assertThat(MentorStatus.APPROVED.publicView()).isEqualTo(MentorStatus.APPROVED);
    }
}
