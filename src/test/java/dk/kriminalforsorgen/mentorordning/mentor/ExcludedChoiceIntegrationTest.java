package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 16 defect 6: choosing an excluded mentor is refused naming the mentor and every rule of the
 * appointment policy's full result that excludes them (each text names its paragraph), at the chosen
 * mentor's field; also for a mentor the matching list does not consider (an applicant).
 */
class ExcludedChoiceIntegrationTest extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final ClientFacts CLIENT = new ClientFacts(-1L, "Klient K.", TestUsers.HOVEDSTADEN,
            TestUsers.KIF_KOEBENHAVN_NORD, null, Set.of(), null, null);

    @Autowired
    Matching matching;

    @Autowired
    MentorRegistry registry;

    private SignedIn signedIn;
    private RegistryMentors mentors;

    @BeforeEach
    void signIn() {
        clock.setDate(DAY);
        signedIn = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR));
        mentors = new RegistryMentors(registry, clock);
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    private List<RuleViolation> refusalOfChoosing(long mentorId, String hours) {
        return catchThrowableOfType(Refusal.class,
                () -> matching.choose(CLIENT, mentorId, new BigDecimal(hours), "Klienten kender mentoren")).violations();
    }

    private List<String> failures(long mentorId, String hours) {
        return registry.assess(mentorId, CLIENT, DAY, new BigDecimal(hours)).failures().stream()
                .map(RuleOutcome::messageKey).toList();
    }

    @Test
    void M10_choosingAMentorOverTheCeilingNamesTheMentorAndTheRuleAtTheField() {
        long mentor = mentors.approved("Kurt");
        OtherCommitments.active(jdbc, mentor, "15", DAY.minusMonths(2));
        List<RuleViolation> refusal = refusalOfChoosing(mentor, "4");
        assertThat(refusal.get(0).messageKey()).isEqualTo("mentor.match.excludedChosen");
        assertThat(refusal.get(0).arguments()[0].toString()).startsWith("Kurt Testsen");
        assertThat(refusal.get(0).arguments()[1]).isEqualTo(1);
        assertThat(refusal.subList(1, refusal.size())).extracting(RuleViolation::ruleId).containsExactly("M10");
        assertThat(refusal).extracting(RuleViolation::field).containsOnly("mentorId");
    }

    @Test
    void M7_choosingAnApplicantOutsideTheListGivesThePolicysFullResult() {
        long applicant = mentors.applicant("Anna");
        List<RuleViolation> refusal = refusalOfChoosing(applicant, "4");
        List<String> expected = failures(applicant, "4");
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(refusal.get(0).messageKey()).isEqualTo("mentor.match.excludedChosen");
        assertThat(refusal.get(0).arguments()[1]).isEqualTo(expected.size());
        assertThat(refusal.subList(1, refusal.size())).extracting(RuleViolation::messageKey)
                .containsExactlyElementsOf(expected);
        assertThat(refusal).extracting(RuleViolation::ruleId).contains("M7");
    }
}
