package dk.kriminalforsorgen.mentorordning.mentor;

import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.TODAY;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.client;
import static dk.kriminalforsorgen.mentorordning.mentor.Mentors.eligibleFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;

/**
 * Issue 17: the service's own introduction policy (not the circular) in the appointment policy, with the area
 * setting on (Hovedstaden, id 1, the test client's area) and off: allowed, refused and the boundary day.
 */
class IntroductionPolicyTest {

    private static final Check POLICY = Check.SERVICE_POLICY_INTRODUCTION;
    private final AppointmentPolicy on = new AppointmentPolicy(Mentors.PROPERTIES, new IntroductionRequirement(Set.of(1L)));
    private final AppointmentPolicy off = new AppointmentPolicy(Mentors.PROPERTIES, IntroductionRequirement.nowhere());
    private final AppointmentPolicy otherArea = new AppointmentPolicy(Mentors.PROPERTIES,
            new IntroductionRequirement(Set.of(3L)));

    private static AppointmentAssessment assess(AppointmentPolicy policy, MentorFacts facts) {
        return policy.assess(facts, client(), TODAY, new BigDecimal("4"));
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_isACheckCitingNoParagraphButTheServicesPolicy() {
        assertThat(POLICY.paragraph()).isNull();
        assertThat(POLICY.source()).startsWith("Tjenestens politik");
        assertThat(AppointmentPolicy.RULES).contains(POLICY);
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_theShippedSettingRequiresItNowhere() {
        assertThat(TrainingProperties.defaults().introductionRequiredAreas()).isEmpty();
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOff_doesNotConcernTheAppointmentAndDoesNotBlockIt() {
        AppointmentAssessment result = assess(off, eligibleFacts().build());
        RuleOutcome outcome = result.outcome(POLICY).orElseThrow();
        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(outcome.messageKey()).isEqualTo("mentor.rule.INTRODUCTION.notRequired");
        assertThat(result.appointable()).isTrue();
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOnForAnotherArea_doesNotConcernThisClientsArea() {
        AppointmentAssessment result = assess(otherArea, eligibleFacts().build());
        assertThat(result.outcome(POLICY).orElseThrow().status()).isEqualTo(RuleOutcome.Status.NOT_APPLICABLE);
        assertThat(result.appointable()).isTrue();
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOn_refusesAFirstAppointmentWithoutTheIntroduction() {
        AppointmentAssessment result = assess(on, eligibleFacts().build());
        assertThat(result.met(POLICY)).isFalse();
        assertThat(result.appointable()).isFalse();
        assertThat(result.failures()).extracting(RuleOutcome::ruleId).containsExactly("SERVICE_POLICY_INTRODUCTION");
        assertThat(result.outcome(POLICY).orElseThrow().messageKey()).isEqualTo("mentor.rule.INTRODUCTION.notMet");
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOn_allowsTheIntroductionTakenOnTheDayOfAppointment() {
        AppointmentAssessment result = assess(on, eligibleFacts().build().withTraining(TODAY, false));
        assertThat(result.met(POLICY)).isTrue();
        assertThat(result.appointable()).isTrue();
        assertThat(result.outcome(POLICY).orElseThrow().arguments()).containsExactly("23. november 2026");
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOn_refusesAnIntroductionDatedTheDayAfter() {
        AppointmentAssessment result = assess(on, eligibleFacts().build().withTraining(TODAY.plusDays(1), false));
        assertThat(result.met(POLICY)).isFalse();
        assertThat(result.outcome(POLICY).orElseThrow().messageKey()).isEqualTo("mentor.rule.INTRODUCTION.later");
    }

    @Test
    void SERVICE_POLICY_INTRODUCTION_settingOn_aMentorAppointedBeforeIsNotHeldBackByIt() {
        AppointmentAssessment result = assess(on, eligibleFacts().build().withTraining(null, true));
        assertThat(result.met(POLICY)).isTrue();
        assertThat(result.outcome(POLICY).orElseThrow().messageKey()).isEqualTo("mentor.rule.INTRODUCTION.appointedBefore");
    }
}
