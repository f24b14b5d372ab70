package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, E9: a client in the target group registered on 2 March 2026 and assessed on 5 March 2026 has had an offer
 * of a mentor due since 5 March; after more than the shipped 30 days without one (on 5 April) the caseworker who
 * registered the client and the area's coordinators are reminded, once per client.
 */
class OfferReminderTest extends QuietDayReminderTestBase {

    static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);
    static final LocalDate ASSESSED = LocalDate.of(2026, 3, 5);

    String caseworker;
    long client;

    /** Thirty days after the assessment, the offer may still wait. */
    OfferReminderTest() {
        super(ASSESSED.plusDays(30));
    }

    @BeforeEach
    void setUp() {
        clock.setDate(REGISTERED);
        caseworker = world.reports.newCaseworker();
        client = world.clientWithOfferDue(TestUsers.HOVEDSTADEN, caseworker, ASSESSED, REGISTERED);
        occasion = "client:" + client + ":offer:";
    }

    private List<Long> caseworkerAndCoordinators() {
        List<Long> expected = new ArrayList<>(world.coordinatorsOf(TestUsers.HOVEDSTADEN));
        expected.add(world.userId(caseworker));
        return expected;
    }

    @Test
    void E9_afterMoreThanThirtyDaysTheRegisteringCaseworkerAndTheAreasCoordinatorsAreToldOnce() {
        assertThat(recipientsAfterRunningOn(ASSESSED.plusDays(31), NoticeKind.OFFER_MISSING))
                .containsExactlyInAnyOrderElementsOf(caseworkerAndCoordinators())
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER),
                        world.userId(TestUsers.DIRECTORATE));
        assertThat(jdbc.queryForList("select distinct link || ' ' || detail from notice where occasion like ?",
                String.class, occasion + "%")).containsExactly("/klienter/" + client + "/tilbud 5. marts 2026");
        world.runOn(ASSESSED.plusDays(32));
        assertThat(world.notices(occasion)).hasSize(caseworkerAndCoordinators().size());
    }

    @Test
    void DP4_theRemindersOfAPurgedClientGoWithTheClient() {
        world.runOn(ASSESSED.plusDays(31));
        assertThat(world.notices(occasion)).isNotEmpty();
        jdbc.queryForObject("select retention_purge_client(?)", Integer.class, client);
        world.runOn(ASSESSED.plusDays(32));
        assertThat(world.notices(occasion)).isEmpty();
    }

    @Test
    void E9_aClientWithAnOfferIsNotReminded() {
        world.offerRecorded(client);
        assertNoNoticeAfterRunningOn(ASSESSED.plusDays(31));
    }

    @Test
    void E9_aCaseworkerMovedToAnotherAreaIsNoLongerTold() {
        world.moveToTheSouth(caseworker);
        assertThat(recipientsAfterRunningOn(ASSESSED.plusDays(31), NoticeKind.OFFER_MISSING))
                .containsExactlyInAnyOrderElementsOf(world.coordinatorsOf(TestUsers.HOVEDSTADEN))
                .doesNotContain(world.userId(caseworker));
    }

    @Test
    void E9_aClientOfTheSouthTellsTheSouthsCoordinatorsOnly() {
        long south = world.clientWithOfferDue(TestUsers.SYDDANMARK, TestUsers.CASEWORKER_SOUTH, ASSESSED, REGISTERED);
        world.runOn(ASSESSED.plusDays(31));
        assertThat(world.recipients(NoticeKind.OFFER_MISSING, "client:" + south + ":offer:"))
                .contains(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER_SOUTH))
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(caseworker));
    }
}
