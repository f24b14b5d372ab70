package dk.kriminalforsorgen.mentorordning.client;

import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.MET;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.NOT_APPLICABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * Issue 16 defect 7: which paragraph a client under voluntary supervision is eligible by follows the
 * custody history, not only the status just before: when supervision ended (§4 stk. 2, E8), also after a
 * time without supervision; when released at the end of the sentence (§4 stk. 1, E7).
 */
class SupervisionRouteTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private final Eligibility eligibility = new Eligibility(Period.ofMonths(12));

    /** A custody status from a day on. */
    private record Move(CustodyStatus status, LocalDate since) {
    }

    private static Move to(CustodyStatus status, LocalDate since) {
        return new Move(status, since);
    }

    /** The eligibility on {@link #DAY} of a client moved through the statuses in turn. */
    private EligibilityResult evaluateAfter(Move... moves) {
        Client client = new Client(1L, new Client.PersonalData("Test", "Klient", null, null, null, null), "x", "h", 1L, NOW);
        for (Move move : moves) {
            CustodyPlacement placement = switch (move.status()) {
                case INMATE -> new CustodyPlacement(move.status(), 1L, null, move.since().plusYears(1), null);
                case UNDER_SUPERVISION -> new CustodyPlacement(move.status(), 1L, null, null, move.since().plusYears(1));
                default -> new CustodyPlacement(move.status(), 1L, null, null, null);
            };
            client.applyCustody(placement, move.since(), 1L, NOW);
        }
        return eligibility.evaluate(client.facts(), DAY);
    }

    /** A year in {@code first}, released without supervision two months ago, under voluntary supervision since yesterday. */
    private EligibilityResult voluntaryAfterATimeWithout(CustodyStatus first) {
        return evaluateAfter(to(first, DAY.minusYears(1)), to(CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusMonths(2)),
                to(CustodyStatus.VOLUNTARY_SUPERVISION, DAY.minusDays(1)));
    }

    /** The route the client is eligible by: one paragraph met, the other not applicable, and E4 citing it. */
    private static void assertRoute(EligibilityResult result, Rule met, Rule notApplicable, String paragraph) {
        assertThat(result.outcome(met).status()).isEqualTo(MET);
        assertThat(result.outcome(notApplicable).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.outcome(Rule.E4).paragraph()).isEqualTo(paragraph);
    }

    @Test
    void E8_citesParagraph4Section2WhenVoluntarySupervisionFollowsSupervisionAfterATimeWithout() {
        EligibilityResult result = voluntaryAfterATimeWithout(CustodyStatus.UNDER_SUPERVISION);
        assertRoute(result, Rule.E8, Rule.E7, "§4 stk. 2");
        assertThat(result.outcome(Rule.E4).messageKey()).isEqualTo("eligibility.E4.viaE8");
    }

    @Test
    void E8_citesParagraph4Section2WhenVoluntarySupervisionFollowsSupervisionAtOnce() {
        EligibilityResult result = evaluateAfter(to(CustodyStatus.UNDER_SUPERVISION, DAY.minusYears(1)),
                to(CustodyStatus.VOLUNTARY_SUPERVISION, DAY));
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(MET);
    }

    @Test
    void E7_citesParagraph4Section1WhenReleasedAtTheEndOfTheSentence() {
        EligibilityResult result = voluntaryAfterATimeWithout(CustodyStatus.INMATE);
        assertRoute(result, Rule.E7, Rule.E8, "§4 stk. 1");
    }

    @Test
    void E7_aNewSentenceAfterAnEndedSupervisionStartsOver() {
        EligibilityResult result = evaluateAfter(to(CustodyStatus.UNDER_SUPERVISION, DAY.minusYears(3)),
                to(CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusYears(2)),
                to(CustodyStatus.INMATE, DAY.minusYears(1)),
                to(CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusMonths(1)),
                to(CustodyStatus.VOLUNTARY_SUPERVISION, DAY));
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(MET);
    }
}
