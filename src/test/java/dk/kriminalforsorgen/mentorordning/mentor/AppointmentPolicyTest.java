package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.TODAY;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.client;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.eligibleFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules M1-M10 and the registry's own conditions, each allowed and refused (DOMAIN §4, §9). */
class AppointmentPolicyTest {

    private final AppointmentPolicy policy = new AppointmentPolicy(Mentors.PROPERTIES);

    private AppointmentAssessment assess(Mentors.FactsBuilder facts) {
        return assess(facts, "4");
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

    /**
     * Each rule and check met by the facts that allow it and not met by the facts that refuse it, every other fact
     * as {@link Mentors#eligibleFacts()} has it; with 4 new hours unless the case says otherwise.
     */
    static Stream<Arguments> allowedAndRefused() {
        return Stream.of(
                ground(Rule.M1, "allows a candidate who turns 18 on the appointment day",
                        eligibleFacts().birthDate(TODAY.minusYears(18)), true),
                ground(Rule.M1, "refuses a candidate under 18 on the appointment day",
                        eligibleFacts().birthDate(TODAY.minusYears(18).plusDays(1)), false),
                ground(Rule.M2, "allows a candidate who speaks Danish", eligibleFacts().danish(true), true),
                ground(Rule.M2, "refuses a candidate who does not speak Danish", eligibleFacts().danish(false), false),
                ground(Rule.M3, "allows a candidate with the cooperation declaration",
                        eligibleFacts().cooperation(TODAY), true),
                ground(Rule.M3, "refuses a candidate without the cooperation declaration",
                        eligibleFacts().cooperation(null), false),
                ground(Rule.M4, "allows a candidate with the documentation declaration",
                        eligibleFacts().documentation(TODAY), true),
                ground(Rule.M4, "refuses a candidate without the documentation declaration",
                        eligibleFacts().documentation(null), false),
                ground(Rule.M5, "allows an employee of another unit", eligibleFacts().employeeUnit(101L), true),
                ground(Rule.M5, "refuses an employee for a client of their own unit",
                        eligibleFacts().employeeUnit(104L), false),
                ground(Rule.M6, "allows a mentor with no close relation", eligibleFacts().closeRelation(false), true),
                ground(Rule.M7, "allows a candidate with consent and check", eligibleFacts(), true),
                ground(Rule.M7, "refuses a candidate without written consent",
                        eligibleFacts().consent(null).checked(null).result(null), false),
                ground(Rule.M7, "refuses a candidate with consent but no check",
                        eligibleFacts().checked(null).result(null), false),
                ground(Rule.M8, "allows a registered candidate approved by the directorate",
                        eligibleFacts().result(RecordResult.REGISTERED).directorateApproved(true), true),
                ground(Rule.M8, "refuses a registered candidate without the directorate's approval",
                        eligibleFacts().result(RecordResult.REGISTERED), false),
                ground(Rule.M9, "allows a candidate with the signed confidentiality declaration",
                        eligibleFacts().confidentiality(TODAY), true),
                ground(Rule.M9, "refuses a candidate without the signed confidentiality declaration",
                        eligibleFacts().confidentiality(null), false),
                ground(Rule.M10, "allows hours up to the ceiling exactly (14.5 + 4)",
                        eligibleFacts().agreedHours("14.5"), true),
                ground(Check.VETTING_VALIDITY, "allows a vetting on its last valid day",
                        eligibleFacts().checked(TODAY.minusMonths(24).plusDays(1)), true),
                ground(Check.VETTING_VALIDITY, "blocks new appointments with an expired vetting",
                        eligibleFacts().checked(TODAY.minusMonths(24)), false));
    }

    private static Arguments ground(Ground ground, String facts, Mentors.FactsBuilder builder, boolean met) {
        return Arguments.of(ground, Named.of(facts, builder), met);
    }

    @ParameterizedTest
    @MethodSource("allowedAndRefused")
    void M1M2M3M4M5M6M7M8M9M10_eachRuleIsMetOrNotAsTheFactsSay(Ground ground, Mentors.FactsBuilder facts, boolean met) {
        assertThat(assess(facts).met(ground)).isEqualTo(met);
    }

    /** The reason a rule gives for its outcome, with the new hours it is assessed with. */
    static Stream<Arguments> reasons() {
        return Stream.of(
                reason(Rule.M1, "under 18", eligibleFacts().birthDate(TODAY.minusYears(18).plusDays(1)), "4",
                        false, "mentor.rule.M1.notMet"),
                reason(Rule.M5, "own unit with a recorded exception", eligibleFacts().employeeUnit(104L).exception(true),
                        "4", true, "mentor.rule.M5.exception"),
                reason(Rule.M7, "no written consent", eligibleFacts().consent(null).checked(null).result(null), "4",
                        false, "mentor.rule.M7.noConsent"),
                reason(Rule.M7, "consent but no check", eligibleFacts().checked(null).result(null), "4",
                        false, "mentor.rule.M7.notChecked"),
                reason(Rule.M10, "hours above the ceiling (14.5 + 4.5)", eligibleFacts().agreedHours("14.5"), "4.5",
                        false, "mentor.rule.M10.notMet"),
                reason(Rule.M10, "no capacity left (18.5 + 0)", eligibleFacts().agreedHours("18.5"), "0",
                        false, "mentor.rule.M10.full"));
    }

    private static Arguments reason(Rule rule, String facts, Mentors.FactsBuilder builder, String extraHours,
                                    boolean met, String messageKey) {
        return Arguments.of(rule, Named.of(facts, builder), extraHours, met, messageKey);
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void M1M5M7M10_theOutcomeNamesItsReason(Rule rule, Mentors.FactsBuilder facts, String extraHours, boolean met,
                                           String messageKey) {
        RuleOutcome outcome = assess(facts, extraHours).outcome(rule).orElseThrow();
        assertThat(outcome.met()).isEqualTo(met);
        assertThat(outcome.messageKey()).isEqualTo(messageKey);
    }

    @Test
    void M1_theRefusalNamesTheDayTheCandidateTurns18() {
        assertThat(assess(eligibleFacts().birthDate(TODAY.minusYears(18).plusDays(1))).outcome(Rule.M1).orElseThrow()
                .arguments()).containsExactly("24. november 2026");
    }

    @Test
    void M5_anEmployeeForAClientOfTheirOwnUnitIsNotAppointable() {
        assertThat(assess(eligibleFacts().employeeUnit(104L)).appointable()).isFalse();
    }

    @Test
    void M5_refusesEmployeeOfTheProbationOfficeThatWillSuperviseAnInmateAfterRelease() {
        ClientFacts inmate = new ClientFacts(8L, "Indsat I.", 1L, 101L, 104L, java.util.Set.of(), null, null);
        assertThat(policy.assess(eligibleFacts().employeeUnit(104L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(101L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isFalse();
        assertThat(policy.assess(eligibleFacts().employeeUnit(102L).build(), inmate, TODAY, BigDecimal.ONE).met(Rule.M5)).isTrue();
    }

    @Test
    void M6_refusesCloseRelativeEvenWhenEverythingElseIsMet() {
        AppointmentAssessment result = assess(eligibleFacts().closeRelation(true).exception(true));
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("M6");
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
    void M10_ceilingIsConfigurable() {
        AppointmentPolicy strict = new AppointmentPolicy(new RegistryProperties(new BigDecimal("10"), BigDecimal.ONE,
                Mentors.PROPERTIES.vettingValidity(), Mentors.PROPERTIES.vettingExpiryWarning(), 20));
        assertThat(strict.assess(eligibleFacts().agreedHours("8").build(), client(), TODAY, new BigDecimal("3"))
                .met(Rule.M10)).isFalse();
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
