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

    private static Client client() {
        return new Client(1L, new Client.PersonalData("Test", "Klient", null, null, null, null), "x", "h", 1L, NOW);
    }

    private static void move(Client client, CustodyStatus status, LocalDate since) {
        CustodyPlacement placement = switch (status) {
            case INMATE -> new CustodyPlacement(status, 1L, null, since.plusYears(1), null);
            case UNDER_SUPERVISION -> new CustodyPlacement(status, 1L, null, null, since.plusYears(1));
            default -> new CustodyPlacement(status, 1L, null, null, null);
        };
        client.applyCustody(placement, since, 1L, NOW);
    }

    private EligibilityResult evaluate(Client client) {
        return eligibility.evaluate(client.facts(), DAY);
    }

    @Test
    void E8_citesParagraph4Section2WhenVoluntarySupervisionFollowsSupervisionAfterATimeWithout() {
        Client client = client();
        move(client, CustodyStatus.UNDER_SUPERVISION, DAY.minusYears(1));
        move(client, CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusMonths(2));
        move(client, CustodyStatus.VOLUNTARY_SUPERVISION, DAY.minusDays(1));
        EligibilityResult result = evaluate(client);
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(MET);
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.outcome(Rule.E4).paragraph()).isEqualTo("§4 stk. 2");
        assertThat(result.outcome(Rule.E4).messageKey()).isEqualTo("eligibility.E4.viaE8");
    }

    @Test
    void E8_citesParagraph4Section2WhenVoluntarySupervisionFollowsSupervisionAtOnce() {
        Client client = client();
        move(client, CustodyStatus.UNDER_SUPERVISION, DAY.minusYears(1));
        move(client, CustodyStatus.VOLUNTARY_SUPERVISION, DAY);
        assertThat(evaluate(client).outcome(Rule.E8).status()).isEqualTo(MET);
    }

    @Test
    void E7_citesParagraph4Section1WhenReleasedAtTheEndOfTheSentence() {
        Client client = client();
        move(client, CustodyStatus.INMATE, DAY.minusYears(1));
        move(client, CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusMonths(2));
        move(client, CustodyStatus.VOLUNTARY_SUPERVISION, DAY.minusDays(1));
        EligibilityResult result = evaluate(client);
        assertThat(result.outcome(Rule.E7).status()).isEqualTo(MET);
        assertThat(result.outcome(Rule.E8).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.outcome(Rule.E4).paragraph()).isEqualTo("§4 stk. 1");
    }

    @Test
    void E7_aNewSentenceAfterAnEndedSupervisionStartsOver() {
        Client client = client();
        move(client, CustodyStatus.UNDER_SUPERVISION, DAY.minusYears(3));
        move(client, CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusYears(2));
        move(client, CustodyStatus.INMATE, DAY.minusYears(1));
        move(client, CustodyStatus.RELEASED_NO_SUPERVISION, DAY.minusMonths(1));
        move(client, CustodyStatus.VOLUNTARY_SUPERVISION, DAY);
        assertThat(evaluate(client).outcome(Rule.E7).status()).isEqualTo(MET);
    }
}
