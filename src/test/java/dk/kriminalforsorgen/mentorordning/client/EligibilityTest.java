package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.CONDITION;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.MET;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.NOT_APPLICABLE;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The eligibility engine, one allowed and one refused case per rule (DOMAIN §3, cirkulære §§2-4). */
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private final Eligibility eligibility = new Eligibility(Period.ofMonths(12));

    /** A client who meets everything under supervision; each test changes one fact. */
    private static Facts supervised() {
        return new Facts();
    }

    private static final class Facts {
        CustodyStatus status = CustodyStatus.UNDER_SUPERVISION;
        LocalDate release;
        LocalDate supervisionEnd = TODAY.plusYears(1);
        boolean previouslySupervised;
        RiskLevel risk = RiskLevel.HIGH;
        LocalDate assessed = TODAY.minusMonths(2);
        boolean need = true;
        Boolean motivated = true;
        LocalDate motivationDate = TODAY.minusWeeks(1);
        OfferAnswer offer;
        LocalDate offerDate;

        Facts inmate(LocalDate expectedRelease) {
            status = CustodyStatus.INMATE;
            release = expectedRelease;
            supervisionEnd = null;
            return this;
        }

        /** These facts with the change, as one test needs them. */
        Facts with(Consumer<Facts> change) {
            change.accept(this);
            return this;
        }

        Facts status(CustodyStatus value) {
            status = value;
            supervisionEnd = null;
            return this;
        }

        EligibilityFacts build() {
            return new EligibilityFacts(status, release, supervisionEnd, previouslySupervised, risk, assessed, need,
                    motivated, motivationDate, offer, offerDate);
        }
    }

    private EligibilityResult evaluate(Facts facts) {
        return eligibility.evaluate(facts.build(), TODAY);
    }

    @Test
    void everyRuleHasAnOutcomeWithItsParagraphInOrder() {
        EligibilityResult result = evaluate(supervised());
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9");
        assertThat(result.outcome(Rule.E1).paragraph()).isEqualTo("§2 nr. 1");
        assertThat(result.outcome(Rule.E5).paragraph()).isEqualTo("§3 stk. 1");
        assertThat(result.eligible()).isTrue();
        assertThat(result.earliestStart()).isEqualTo(TODAY);
    }

    // E1 §2 nr. 1 ------------------------------------------------------------------------------

    @Test
    void E1_allowsMediumHighAndVeryHighRisk() {
        for (RiskLevel level : new RiskLevel[] {RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH}) {
            EligibilityResult result = evaluate(supervised().with(f -> f.risk = level));
            assertThat(result.outcome(Rule.E1).status()).as(level.name()).isEqualTo(MET);
            assertThat(result.eligible()).isTrue();
        }
    }

    @Test
    void E1_refusesLowAndVeryLowRisk() {
        for (RiskLevel level : new RiskLevel[] {RiskLevel.LOW, RiskLevel.VERY_LOW}) {
            EligibilityResult result = evaluate(supervised().with(f -> f.risk = level));
            assertThat(result.outcome(Rule.E1).status()).isEqualTo(NOT_MET);
            assertThat(result.outcome(Rule.E1).messageKey()).isEqualTo("eligibility.E1.tooLow");
            assertThat(result.eligible()).isFalse();
            assertThat(result.earliestStart()).isNull();
            assertThat(result.blocking()).extracting(RuleOutcome::ruleId).containsExactly("E1");
        }
    }

    @Test
    void E1_refusesAClientWithoutAssessment() {
        EligibilityResult result = evaluate(supervised().with(f -> {
            f.risk = null;
            f.assessed = null;
        }));
        assertThat(result.outcome(Rule.E1).status()).isEqualTo(NOT_MET);
        assertThat(result.outcome(Rule.E1).messageKey()).isEqualTo("eligibility.E1.none");
        assertThat(result.eligible()).isFalse();
    }

    @Test
    void E1_warnsButDoesNotBlockWhenTheAssessmentIsOlderThanTheConfiguredAge() {
        EligibilityResult result = evaluate(supervised().with(f -> f.assessed = TODAY.minusMonths(13)));
        assertThat(result.eligible()).isTrue();
        assertThat(result.warnings()).extracting(w -> w.rule().id()).containsExactly("E1");
        assertThat(result.warnings().get(0).args()).containsExactly(TODAY.minusMonths(13), 12L);
    }

    @Test
    void E1_doesNotWarnForAnAssessmentWithinTheConfiguredAge() {
        Facts facts = supervised().with(f -> f.assessed = TODAY.minusMonths(12));
        assertThat(evaluate(facts).warnings()).isEmpty();
        assertThat(new Eligibility(Period.ofMonths(6)).evaluate(facts.build(), TODAY).warnings())
                .extracting(w -> w.rule().id()).containsExactly("E1");
    }

    // E2 §2 nr. 2 ------------------------------------------------------------------------------

    @Test
    void E2_allowsADocumentedSpecialNeed() {
        assertThat(evaluate(supervised()).outcome(Rule.E2).status()).isEqualTo(MET);
    }

    @Test
    void E2_refusesWithoutADocumentedSpecialNeed() {
        EligibilityResult result = evaluate(supervised().with(f -> f.need = false));
        assertThat(result.outcome(Rule.E2).status()).isEqualTo(NOT_MET);
        assertThat(result.eligible()).isFalse();
    }

    // E3 §2 nr. 3 ------------------------------------------------------------------------------

    @Test
    void E3_allowsAMotivatedClientAndNamesTheDate() {
        RuleOutcome e3 = evaluate(supervised()).outcome(Rule.E3);
        assertThat(e3.status()).isEqualTo(MET);
        assertThat(e3.args()).containsExactly(TODAY.minusWeeks(1));
    }

    @Test
    void E3_refusesAnUnmotivatedClientOrUnrecordedMotivation() {
        Facts notMotivated = supervised().with(f -> f.motivated = false);
        assertThat(evaluate(notMotivated).outcome(Rule.E3).messageKey()).isEqualTo("eligibility.E3.notMotivated");
        assertThat(evaluate(notMotivated).eligible()).isFalse();

        Facts unknown = supervised().with(f -> {
            f.motivated = null;
            f.motivationDate = null;
        });
        assertThat(evaluate(unknown).outcome(Rule.E3).status()).isEqualTo(NOT_MET);
        assertThat(evaluate(unknown).outcome(Rule.E3).messageKey()).isEqualTo("eligibility.E3.unknown");
    }

    // E4 §§2-4 ---------------------------------------------------------------------------------

    @Test
    void E4_allowsAClientUnderSupervision() {
        EligibilityResult result = evaluate(supervised());
        assertThat(result.outcome(Rule.E4).status()).isEqualTo(MET);
        assertThat(result.eligibleUntil()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void E4_refusesWhenSupervisionHasEnded() {
        EligibilityResult result = evaluate(supervised().with(f -> f.supervisionEnd = TODAY.minusDays(1)));
        assertThat(result.outcome(Rule.E4).status()).isEqualTo(NOT_MET);
        assertThat(result.outcome(Rule.E4).messageKey()).isEqualTo("eligibility.E4.supervisionEnded");
        assertThat(result.eligible()).isFalse();
        assertThat(result.earliestStart()).isNull();
    }

    @Test
    void E4_refusesElectronicMonitoringAndReleaseWithoutSupervision() {
        assertThat(evaluate(supervised().status(CustodyStatus.ELECTRONIC_MONITORING)).outcome(Rule.E4).status()).isEqualTo(NOT_MET);
        assertThat(evaluate(supervised().status(CustodyStatus.ELECTRONIC_MONITORING)).eligible()).isFalse();
        assertThat(evaluate(supervised().status(CustodyStatus.RELEASED_NO_SUPERVISION)).outcome(Rule.E4).status()).isEqualTo(NOT_MET);
    }

    // E5 §3 stk. 1 -----------------------------------------------------------------------------

    @Test
    void E5_allowsAnInmateFromThreeMonthsBeforeTheExpectedRelease() {
        EligibilityResult twoMonths = evaluate(supervised().inmate(TODAY.plusMonths(2)));
        assertThat(twoMonths.outcome(Rule.E5).status()).isEqualTo(MET);
        assertThat(twoMonths.outcome(Rule.E4).status()).isEqualTo(MET);
        assertThat(twoMonths.eligible()).isTrue();
        assertThat(twoMonths.earliestStart()).isEqualTo(TODAY);

        EligibilityResult exactlyThree = evaluate(supervised().inmate(TODAY.plusMonths(3)));
        assertThat(exactlyThree.outcome(Rule.E5).status()).isEqualTo(MET);
        assertThat(exactlyThree.eligible()).isTrue();
    }

    @Test
    void E5_refusesStartEarlierThanThreeMonthsBeforeRelease() {
        LocalDate release = LocalDate.of(2027, 5, 1);
        EligibilityResult result = evaluate(supervised().inmate(release));
        RuleOutcome e5 = result.outcome(Rule.E5);
        assertThat(e5.status()).isEqualTo(NOT_MET);
        assertThat(e5.args()).containsExactly(release, LocalDate.of(2027, 2, 1));
        assertThat(result.outcome(Rule.E4).status()).isEqualTo(NOT_MET);
        assertThat(result.eligible()).isFalse();
        assertThat(result.eligibleLater()).isTrue();
        assertThat(result.earliestStart()).isEqualTo(LocalDate.of(2027, 2, 1));
        // One day later than the earliest start it is allowed.
        assertThat(eligibility.evaluate(supervised().inmate(release).build(), LocalDate.of(2027, 2, 1)).eligible()).isTrue();
    }

    @Test
    void E5_warnsWhenTheExpectedReleaseHasPassed() {
        EligibilityResult result = evaluate(supervised().inmate(TODAY.minusDays(3)));
        assertThat(result.warnings()).extracting(w -> w.rule().id()).containsExactly("E5");
    }

    @Test
    void E5_doesNotApplyToClientsWhoAreNotInmates() {
        assertThat(evaluate(supervised()).outcome(Rule.E5).status()).isEqualTo(NOT_APPLICABLE);
    }

    // E6 §3 stk. 2 -----------------------------------------------------------------------------

    @Test
    void E6_isAConditionOnTheCourseOfAnInmateNamingTheRelease() {
        RuleOutcome e6 = evaluate(supervised().inmate(TODAY.plusMonths(2))).outcome(Rule.E6);
        assertThat(e6.status()).isEqualTo(CONDITION);
        assertThat(e6.args()).containsExactly(TODAY.plusMonths(2));
    }

    @Test
    void E6_doesNotApplyToAClientUnderSupervision() {
        assertThat(evaluate(supervised()).outcome(Rule.E6).status()).isEqualTo(NOT_APPLICABLE);
    }

    // E7 §4 stk. 1 -----------------------------------------------------------------------------

    @Test
    void E7_allowsAReleasedClientUnderVoluntarySupervision() {
        EligibilityResult result = evaluate(supervised().status(CustodyStatus.VOLUNTARY_SUPERVISION));
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(MET);
        assertThat(result.outcome(Rule.E4).status()).isEqualTo(MET);
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void E7_refusesAReleasedClientWithoutVoluntarySupervision() {
        EligibilityResult result = evaluate(supervised().status(CustodyStatus.RELEASED_NO_SUPERVISION));
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(NOT_MET);
        assertThat(result.eligible()).isFalse();
        assertThat(result.earliestStart()).isNull();
    }

    @Test
    void E7_stillRequiresE1ToE3() {
        EligibilityResult result = evaluate(supervised().status(CustodyStatus.VOLUNTARY_SUPERVISION)
                .with(f -> f.risk = RiskLevel.LOW));
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(MET);
        assertThat(result.eligible()).isFalse();
    }

    // E8 §4 stk. 2 -----------------------------------------------------------------------------

    @Test
    void E8_allowsContinuingAfterSupervisionUnderVoluntarySupervision() {
        EligibilityResult result = evaluate(supervised().status(CustodyStatus.VOLUNTARY_SUPERVISION)
                .with(f -> f.previouslySupervised = true));
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(MET);
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void E8_refusesContinuingWhenSupervisionEndedWithoutVoluntarySupervision() {
        Facts ended = supervised().with(f -> f.supervisionEnd = TODAY.minusMonths(1));
        EligibilityResult result = evaluate(ended);
        assertThat(result.eligible()).isFalse();
        assertThat(result.warnings()).extracting(EligibilityResult.Warning::messageKey)
                .containsExactly("eligibility.warning.E8.ended");
    }

    @Test
    void E8_warnsWhenSupervisionEndsWithinThreeMonths() {
        Facts ending = supervised().with(f -> f.supervisionEnd = TODAY.plusMonths(2));
        EligibilityResult result = evaluate(ending);
        assertThat(result.eligible()).isTrue();
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(CONDITION);
        assertThat(result.warnings()).extracting(EligibilityResult.Warning::messageKey)
                .containsExactly("eligibility.warning.E8.ending");
        assertThat(evaluate(supervised()).warnings()).isEmpty();
    }

    @Test
    void E8_boundary_warnsFromExactlyThreeMonthsBeforeSupervisionEnds() {
        Facts ending = supervised().with(f -> f.supervisionEnd = TODAY.plusMonths(3));
        assertThat(evaluate(ending).warnings()).extracting(EligibilityResult.Warning::messageKey)
                .containsExactly("eligibility.warning.E8.ending");
    }

    @Test
    void E8_boundary_doesNotWarnOneDayBeforeTheThreeMonthWindow() {
        EligibilityResult result = evaluate(supervised().with(f -> f.supervisionEnd = TODAY.plusMonths(3).plusDays(1)));
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(CONDITION);
        assertThat(result.warnings()).isEmpty();
    }

    // E9 news 2019 -----------------------------------------------------------------------------

    @Test
    void E9_requiresAnOfferForAClientWithRiskAndNeed() {
        EligibilityResult result = evaluate(supervised());
        assertThat(result.outcome(Rule.E9).status()).isEqualTo(NOT_MET);
        assertThat(result.offerDue()).isTrue();
        // The missing offer does not make the client ineligible.
        assertThat(result.eligible()).isTrue();
        assertThat(result.blocking()).isEmpty();
    }

    @Test
    void E9_isMetOnceAnOfferIsRecordedWhateverTheAnswer() {
        for (OfferAnswer answer : OfferAnswer.values()) {
            EligibilityResult result = evaluate(supervised().with(f -> {
                f.offer = answer;
                f.offerDate = TODAY.minusDays(2);
            }));
            assertThat(result.outcome(Rule.E9).status()).isEqualTo(MET);
            assertThat(result.offerDue()).isFalse();
        }
    }

    @Test
    void E9_doesNotApplyWithoutMediumRiskOrSpecialNeed() {
        Facts low = supervised().with(f -> f.risk = RiskLevel.LOW);
        assertThat(evaluate(low).outcome(Rule.E9).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(evaluate(low).offerDue()).isFalse();
        Facts noNeed = supervised().with(f -> f.need = false);
        assertThat(evaluate(noNeed).offerDue()).isFalse();
    }
}
