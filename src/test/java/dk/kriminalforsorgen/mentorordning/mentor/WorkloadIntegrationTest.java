package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * M10 (§15) on PostgreSQL through {@link MentorRegistry#assess}, the call the course feature makes when
 * it appoints a mentor or changes the agreed hours: the sum in SQL ({@code mentor_agreed_hours}) plus the
 * new hours against the 18.5-hour ceiling. The course side (establishment, hours change, CI2) is tested
 * in the course feature's integration tests.
 */
class WorkloadIntegrationTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Autowired
    MentorRegistry registry;

    @Autowired
    Workload workload;

    private SignedIn signedIn;
    private long mentor;

    @BeforeEach
    void approvedMentorWithFifteenHoursElsewhere() {
        clock.setDate(DAY);
        signedIn = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR));
        mentor = new RegistryMentors(registry, clock).approved("Kurt");
        OtherCommitments.active(jdbc, mentor, "15", DAY.minusMonths(2));
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    private RuleOutcome m10(String extraHours) {
        ClientFacts client = new ClientFacts(-1L, "Klient K.", TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD,
                null, Set.of(), null, null);
        return registry.assess(mentor, client, DAY, new BigDecimal(extraHours)).outcome(Rule.M10).orElseThrow();
    }

    /** With 15 hours elsewhere: 3.5 new hours reach the ceiling of 18.5 exactly, 2 stay well below, 3.6 go above. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            3.5, true,  mentor.rule.M10.met
            2,   true,  mentor.rule.M10.met
            3.6, false, mentor.rule.M10.notMet
            """)
    void M10_boundary_theNewHoursAreAllowedUpToTheCeilingExactly(String extraHours, boolean met, String messageKey) {
        RuleOutcome outcome = m10(extraHours);
        assertThat(outcome.met()).isEqualTo(met);
        assertThat(outcome.messageKey()).isEqualTo(messageKey);
    }

    @Test
    void M10_sumsOnlyActiveCommitments() {
        OtherCommitments.ended(jdbc, mentor, null, DAY.minusYears(1), DAY.minusMonths(3));
        assertThat(workload.agreedHours(mentor)).isEqualByComparingTo("15");
        assertThat(m10("3.5").met()).isTrue();
    }
}
