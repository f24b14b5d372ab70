package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.TODAY;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.client;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.eligibleFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Rules M1-M10 and the registry's own conditions, each allowed and refused (DOMAIN §4, §9). */
class AppointmentPolicyTest {

    private final AppointmentPolicy policy = new AppointmentPolicy(Mentors.PROPERTIES);

    private AppointmentAssessment assess(Mentors.FactsBuilder facts) {
        return policy.assess(facts.build(), client(), TODAY, new BigDecimal("4"));
    }

    private AppointmentAssessment assess(Mentors.FactsBuilder facts, String extraHours) {
        return policy.assess(facts.build(), client(), TODAY, new BigDecimal(extraHours));
    }

    @Test
    void eligibleMentorMeetsEveryRule() {
        AppointmentAssessment result = assess(eligibleFacts());
        assertThat(result.appointable()).isTrue();
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId).containsExactlyElementsOf(AppointmentPolicy.RULES.stream().map(g -> g.id()).toList());
    }

    @Test
    void reportsEveryBrokenRuleNotOnlyTheFirst() {
        AppointmentAssessment result = assess(eligibleFacts().danish(false).closeRelation(true).agreedHours("18.5"));
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("M2", "M6", "M10");
    }

    @Test
    void M1_allowsCandidateWhoTurns18OnAppointmentDay() {
        assertThat(assess(eligibleFacts().birthDate(TODAY.minusYears(18))).met(Rule.M1)).isTrue();
    }

    @Test
    void M1_refusesCandidateUnder18OnAppointmentDay() {
        AppointmentAssessment result = assess(eligibleFacts().birthDate(TODAY.minusYears(18).plusDays(1)));
        assertThat(result.met(Rule.M1)).isFalse();
        assertThat(result.outcome(Rule.M1).orElseThrow().messageKey()).isEqualTo("mentor.rule.M1.notMet");
        assertThat(result.outcome(Rule.M1).orElseThrow().arguments()).containsExactly("24. november 2026");
    }

    @Test
    void M2_allowsCandidateWhoSpeaksDanish() {
        assertThat(assess(eligibleFacts().danish(true)).met(Rule.M2)).isTrue();
    }

    @Test
    void M2_refusesCandidateWhoDoesNotSpeakDanish() {
        assertThat(assess(eligibleFacts().danish(false)).met(Rule.M2)).isFalse();
    }

    @Test
    void M3_allowsCandidateWithCooperationDeclaration() {
        assertThat(assess(eligibleFacts().cooperation(TODAY)).met(Rule.M3)).isTrue();
    }

    @Test
    void M3_refusesCandidateWithoutCooperationDeclaration() {
        assertThat(assess(eligibleFacts().cooperation(null)).met(Rule.M3)).isFalse();
    }

    @Test
    void M4_allowsCandidateWithDocumentationDeclaration() {
        assertThat(assess(eligibleFacts().documentation(TODAY)).met(Rule.M4)).isTrue();
    }

    @Test
    void M4_refusesCandidateWithoutDocumentationDeclaration() {
        assertThat(assess(eligibleFacts().documentation(null)).met(Rule.M4)).isFalse();
    }

    @Test
    void M5_allowsEmployeeOfAnotherUnit() {
        assertThat(assess(eligibleFacts().employeeUnit(101L)).met(Rule.M5)).isTrue();
    }

    @Test
    void M5_refusesEmployeeForClientOfTheirOwnUnit() {
        AppointmentAssessment result = assess(eligibleFacts().employeeUnit(104L));
        assertThat(result.met(Rule.M5)).isFalse();
        assertThat(result.appointable()).isFalse();
    }

    @Test
    void M5_refusesEmployeeOfTheProbationOfficeThatWillSuperviseAnInmateAfterRelease() {
        ClientFacts inmate = new ClientFacts(8L, "Indsat I.", 1L, 101L, 104L, java.util.Set.of(), null, null);
        assertThat(policy.assess(eligibleFacts().employeeUnit(104L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(101L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(102L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isTrue();
    }

    @Test
    void M5_allowsEmployeeOfOwnUnitWithRecordedException() {
        AppointmentAssessment result = assess(eligibleFacts().employeeUnit(104L).exception(true));
        assertThat(result.met(Rule.M5)).isTrue();
        assertThat(result.outcome(Rule.M5).orElseThrow().messageKey()).isEqualTo("mentor.rule.M5.exception");
    }

    @Test
    void M6_allowsMentorWithNoCloseRelation() {
        assertThat(assess(eligibleFacts().closeRelation(false)).met(Rule.M6)).isTrue();
    }

    @Test
    void M6_refusesCloseRelativeEvenWhenEverythingElseIsMet() {
        AppointmentAssessment result = assess(eligibleFacts().closeRelation(true).exception(true));
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("M6");
    }

    @Test
    void M7_allowsCandidateWithConsentAndCheck() {
        assertThat(assess(eligibleFacts()).met(Rule.M7)).isTrue();
    }

    @Test
    void M7_refusesCandidateWithoutWrittenConsent() {
        AppointmentAssessment result = assess(eligibleFacts().consent(null).checked(null).result(null));
        assertThat(result.met(Rule.M7)).isFalse();
        assertThat(result.outcome(Rule.M7).orElseThrow().messageKey()).isEqualTo("mentor.rule.M7.noConsent");
    }

    @Test
    void M7_refusesCandidateWithConsentButNoCheck() {
        assertThat(assess(eligibleFacts().checked(null).result(null)).outcome(Rule.M7).orElseThrow().messageKey())
                .isEqualTo("mentor.rule.M7.notChecked");
    }

    @Test
    void M8_allowsRegisteredCandidateApprovedByDirectorate() {
        assertThat(assess(eligibleFacts().result(RecordResult.REGISTERED).directorateApproved(true)).met(Rule.M8)).isTrue();
    }

    @Test
    void M8_refusesRegisteredCandidateWithoutDirectorateApproval() {
        assertThat(assess(eligibleFacts().result(RecordResult.REGISTERED)).met(Rule.M8)).isFalse();
    }

    @Test
    void M8_redactedOutcomeHidesTheRegistration() {
        AppointmentAssessment result = assess(eligibleFacts().result(RecordResult.REGISTERED)).redacted();
        RuleOutcome m8 = result.outcome(Rule.M8).orElseThrow();
        assertThat(m8.met()).isFalse();
        assertThat(m8.messageKey()).isEqualTo(AppointmentAssessment.PUBLIC_VETTING_KEY);
        assertThat(result.outcome(Rule.M2).orElseThrow().messageKey()).isEqualTo("mentor.rule.M2.met");
    }

    @Test
    void M9_allowsCandidateWithSignedConfidentialityDeclaration() {
        assertThat(assess(eligibleFacts().confidentiality(TODAY)).met(Rule.M9)).isTrue();
    }

    @Test
    void M9_refusesCandidateWithoutSignedConfidentialityDeclaration() {
        assertThat(assess(eligibleFacts().confidentiality(null)).met(Rule.M9)).isFalse();
    }

    @Test
    void M10_allowsHoursUpToTheCeilingExactly() {
        assertThat(assess(eligibleFacts().agreedHours("14.5"), "4").met(Rule.M10)).isTrue();
    }

    @Test
    void M10_refusesHoursAboveTheCeiling() {
        AppointmentAssessment result = assess(eligibleFacts().agreedHours("14.5"), "4.5");
        assertThat(result.met(Rule.M10)).isFalse();
        assertThat(result.outcome(Rule.M10).orElseThrow().messageKey()).isEqualTo("mentor.rule.M10.notMet");
    }

    @Test
    void M10_refusesMentorWithNoCapacityLeft() {
        assertThat(assess(eligibleFacts().agreedHours("18.5"), "0").outcome(Rule.M10).orElseThrow().messageKey())
                .isEqualTo("mentor.rule.M10.full");
    }

    @Test
    void M10_ceilingIsConfigurable() {
        AppointmentPolicy strict = new AppointmentPolicy(new RegistryProperties(new BigDecimal("10"), BigDecimal.ONE,
                Mentors.PROPERTIES.vettingValidity(), Mentors.PROPERTIES.vettingExpiryWarning(), 20));
        assertThat(strict.assess(eligibleFacts().agreedHours("8").build(), client(), TODAY, new BigDecimal("3"))
                .met(Rule.M10)).isFalse();
    }

    @Test
    void vettingValidOnItsLastDayAllowsAppointment() {
        assertThat(assess(eligibleFacts().checked(TODAY.minusMonths(24).plusDays(1))).met(Check.VETTING_VALIDITY)).isTrue();
    }

    @Test
    void expiredVettingBlocksNewAppointments() {
        assertThat(assess(eligibleFacts().checked(TODAY.minusMonths(24))).met(Check.VETTING_VALIDITY)).isFalse();
    }

    @Test
    void unavailableMentorIsRefusedUntilTheDateAndBackByItselfTheDayAfter() {
        assertThat(assess(eligibleFacts().unavailableUntil(TODAY)).met(Check.AVAILABILITY)).isFalse();
        assertThat(assess(eligibleFacts().unavailableUntil(TODAY.minusDays(1))).met(Check.AVAILABILITY)).isTrue();
    }

    @Test
    void onlyApprovedMentorsMayBeAppointed() {
        for (MentorStatus status : MentorStatus.values()) {
            assertThat(assess(eligibleFacts().status(status)).met(Check.REGISTRY_STATUS)).isEqualTo(status == MentorStatus.APPROVED);
            if (status == MentorStatus.AWAITING_DIRECTORATE) {
                assertThat(assess(eligibleFacts().status(status)).outcome(Check.REGISTRY_STATUS).orElseThrow().messageKey())
                        .as("AZ3: no hint of the registration").isEqualTo("mentor.rule.STATUS.VETTING");
            }
        }
    }
}
