package dk.kriminalforsorgen.mentorordning.mentor;

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
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId).containsExactlyElementsOf(AppointmentPolicy.RULE_IDS);
    }

    @Test
    void reportsEveryBrokenRuleNotOnlyTheFirst() {
        AppointmentAssessment result = assess(eligibleFacts().danish(false).closeRelation(true).agreedHours("18.5"));
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("M2", "M6", "M10");
    }

    @Test
    void M1_allowsCandidateWhoTurns18OnAppointmentDay() {
        assertThat(assess(eligibleFacts().birthDate(TODAY.minusYears(18))).met("M1")).isTrue();
    }

    @Test
    void M1_refusesCandidateUnder18OnAppointmentDay() {
        AppointmentAssessment result = assess(eligibleFacts().birthDate(TODAY.minusYears(18).plusDays(1)));
        assertThat(result.met("M1")).isFalse();
        assertThat(result.outcome("M1").orElseThrow().messageKey()).isEqualTo("mentor.rule.M1.notMet");
        assertThat(result.outcome("M1").orElseThrow().arguments()).containsExactly("24-11-2026");
    }

    @Test
    void M2_allowsCandidateWhoSpeaksDanish() {
        assertThat(assess(eligibleFacts().danish(true)).met("M2")).isTrue();
    }

    @Test
    void M2_refusesCandidateWhoDoesNotSpeakDanish() {
        assertThat(assess(eligibleFacts().danish(false)).met("M2")).isFalse();
    }

    @Test
    void M3_allowsCandidateWithCooperationDeclaration() {
        assertThat(assess(eligibleFacts().cooperation(TODAY)).met("M3")).isTrue();
    }

    @Test
    void M3_refusesCandidateWithoutCooperationDeclaration() {
        assertThat(assess(eligibleFacts().cooperation(null)).met("M3")).isFalse();
    }

    @Test
    void M4_allowsCandidateWithDocumentationDeclaration() {
        assertThat(assess(eligibleFacts().documentation(TODAY)).met("M4")).isTrue();
    }

    @Test
    void M4_refusesCandidateWithoutDocumentationDeclaration() {
        assertThat(assess(eligibleFacts().documentation(null)).met("M4")).isFalse();
    }

    @Test
    void M5_allowsEmployeeOfAnotherUnit() {
        assertThat(assess(eligibleFacts().employeeUnit(101L)).met("M5")).isTrue();
    }

    @Test
    void M5_refusesEmployeeForClientOfTheirOwnUnit() {
        AppointmentAssessment result = assess(eligibleFacts().employeeUnit(104L));
        assertThat(result.met("M5")).isFalse();
        assertThat(result.appointable()).isFalse();
    }

    @Test
    void M5_refusesEmployeeOfTheProbationOfficeThatWillSuperviseAnInmateAfterRelease() {
        ClientFacts inmate = new ClientFacts(8L, "Indsat I.", 1L, 101L, 104L, java.util.Set.of(), null, null);
        assertThat(policy.assess(eligibleFacts().employeeUnit(104L).build(), inmate, TODAY, BigDecimal.ONE).met("M5")).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(101L).build(), inmate, TODAY, BigDecimal.ONE).met("M5")).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(102L).build(), inmate, TODAY, BigDecimal.ONE).met("M5")).isTrue();
    }

    @Test
    void M5_allowsEmployeeOfOwnUnitWithRecordedException() {
        AppointmentAssessment result = assess(eligibleFacts().employeeUnit(104L).exception(true));
        assertThat(result.met("M5")).isTrue();
        assertThat(result.outcome("M5").orElseThrow().messageKey()).isEqualTo("mentor.rule.M5.exception");
    }

    @Test
    void M6_allowsMentorWithNoCloseRelation() {
        assertThat(assess(eligibleFacts().closeRelation(false)).met("M6")).isTrue();
    }

    @Test
    void M6_refusesCloseRelativeEvenWhenEverythingElseIsMet() {
        AppointmentAssessment result = assess(eligibleFacts().closeRelation(true).exception(true));
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("M6");
    }

    @Test
    void M7_allowsCandidateWithConsentAndCheck() {
        assertThat(assess(eligibleFacts()).met("M7")).isTrue();
    }

    @Test
    void M7_refusesCandidateWithoutWrittenConsent() {
        AppointmentAssessment result = assess(eligibleFacts().consent(null).checked(null).result(null));
        assertThat(result.met("M7")).isFalse();
        assertThat(result.outcome("M7").orElseThrow().messageKey()).isEqualTo("mentor.rule.M7.noConsent");
    }

    @Test
    void M7_refusesCandidateWithConsentButNoCheck() {
        assertThat(assess(eligibleFacts().checked(null).result(null)).outcome("M7").orElseThrow().messageKey())
                .isEqualTo("mentor.rule.M7.notChecked");
    }

    @Test
    void M8_allowsRegisteredCandidateApprovedByDirectorate() {
        assertThat(assess(eligibleFacts().result(RecordResult.REGISTERED).directorateApproved(true)).met("M8")).isTrue();
    }

    @Test
    void M8_refusesRegisteredCandidateWithoutDirectorateApproval() {
        assertThat(assess(eligibleFacts().result(RecordResult.REGISTERED)).met("M8")).isFalse();
    }

    @Test
    void M8_redactedOutcomeHidesTheRegistration() {
        AppointmentAssessment result = assess(eligibleFacts().result(RecordResult.REGISTERED)).redacted();
        RuleOutcome m8 = result.outcome("M8").orElseThrow();
        assertThat(m8.met()).isFalse();
        assertThat(m8.messageKey()).isEqualTo(RuleOutcome.PUBLIC_VETTING_KEY);
        assertThat(result.outcome("M2").orElseThrow().messageKey()).isEqualTo("mentor.rule.M2.met");
    }

    @Test
    void M9_allowsCandidateWithSignedConfidentialityDeclaration() {
        assertThat(assess(eligibleFacts().confidentiality(TODAY)).met("M9")).isTrue();
    }

    @Test
    void M9_refusesCandidateWithoutSignedConfidentialityDeclaration() {
        assertThat(assess(eligibleFacts().confidentiality(null)).met("M9")).isFalse();
    }

    @Test
    void M10_allowsHoursUpToTheCeilingExactly() {
        assertThat(assess(eligibleFacts().agreedHours("14.5"), "4").met("M10")).isTrue();
    }

    @Test
    void M10_refusesHoursAboveTheCeiling() {
        AppointmentAssessment result = assess(eligibleFacts().agreedHours("14.5"), "4.5");
        assertThat(result.met("M10")).isFalse();
        assertThat(result.outcome("M10").orElseThrow().messageKey()).isEqualTo("mentor.rule.M10.notMet");
    }

    @Test
    void M10_refusesMentorWithNoCapacityLeft() {
        assertThat(assess(eligibleFacts().agreedHours("18.5"), "0").outcome("M10").orElseThrow().messageKey())
                .isEqualTo("mentor.rule.M10.full");
    }

    @Test
    void M10_ceilingIsConfigurable() {
        AppointmentPolicy strict = new AppointmentPolicy(new RegistryProperties(new BigDecimal("10"), BigDecimal.ONE,
                Mentors.PROPERTIES.vettingValidity(), Mentors.PROPERTIES.vettingExpiryWarning(), 20));
        assertThat(strict.assess(eligibleFacts().agreedHours("8").build(), client(), TODAY, new BigDecimal("3"))
                .met("M10")).isFalse();
    }

    @Test
    void vettingValidOnItsLastDayAllowsAppointment() {
        assertThat(assess(eligibleFacts().checked(TODAY.minusMonths(24).plusDays(1))).met("VETTING")).isTrue();
    }

    @Test
    void expiredVettingBlocksNewAppointments() {
        assertThat(assess(eligibleFacts().checked(TODAY.minusMonths(24))).met("VETTING")).isFalse();
    }

    @Test
    void unavailableMentorIsRefusedUntilTheDateAndBackByItselfTheDayAfter() {
        assertThat(assess(eligibleFacts().unavailableUntil(TODAY)).met("AVAILABILITY")).isFalse();
        assertThat(assess(eligibleFacts().unavailableUntil(TODAY.minusDays(1))).met("AVAILABILITY")).isTrue();
    }

    @Test
    void onlyApprovedMentorsMayBeAppointed() {
        for (MentorStatus status : MentorStatus.values()) {
            assertThat(assess(eligibleFacts().status(status)).met("STATUS")).isEqualTo(status == MentorStatus.APPROVED);
            if (status == MentorStatus.AWAITING_DIRECTORATE) {
                assertThat(assess(eligibleFacts().status(status)).outcome("STATUS").orElseThrow().messageKey())
                        .as("AZ3: no hint of the registration").isEqualTo("mentor.rule.STATUS.VETTING");
            }
        }
    }
}
