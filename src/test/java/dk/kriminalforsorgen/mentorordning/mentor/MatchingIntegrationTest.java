package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;

/**
 * Explainable matching on the demo registry (DOMAIN §9) for a client given as facts: every hard rule
 * excludes with its reason, the rest are ranked with explanations, vetting reasons are redacted for
 * caseworkers (AZ3), overrides of a soft preference are recorded and hard rules cannot be overridden.
 */
@DemoDataTest
class MatchingIntegrationTest {

    @Autowired
    Matching matching;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Ids no client row has: the facts are evaluated without a stored client. */
    private static final AtomicLong CLIENT_IDS = new AtomicLong(900_000_000L);

    /** A client supervised at KiF København Nord (104) in Hovedstaden, with a fresh id per test. */
    private ClientFacts client() {
        long id = CLIENT_IDS.incrementAndGet();
        return new ClientFacts(id, "Testklient", 1L, 104L, null, Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS),
                "ar", "2200");
    }

    private long mentor(String first, String last) {
        return jdbc.queryForObject("select id from mentor where first_name = ? and last_name = ?", Long.class, first, last);
    }

    private Matching.Result matchAs(String user, ClientFacts client, String hours) {
        try (SignedIn ignored = SignedIn.as(new LoginSessions(mvc).fresh(user))) {
            return matching.match(client, hours == null ? null : new BigDecimal(hours));
        }
    }

    private static Map<Long, Matching.Excluded> excluded(Matching.Result result) {
        return result.excluded().stream().collect(Collectors.toMap(Matching.Excluded::mentorId, Function.identity()));
    }

    private static List<String> rules(Matching.Excluded e) {
        return e.reasons().stream().map(RuleOutcome::ruleId).toList();
    }

    @Test
    void hardFiltersExcludeWithEveryReason() {
        Matching.Result result = matchAs(DemoUsers.COORDINATOR, client(), "4");
        Map<Long, Matching.Excluded> out = excluded(result);
        assertThat(rules(out.get(mentor("Henrik", "Mortensen")))).containsExactly("M5");
        assertThat(rules(out.get(mentor("Fatima", "Jama")))).containsExactly("VETTING_VALIDITY");
        assertThat(rules(out.get(mentor("Jesper", "Kristensen")))).containsExactly("AVAILABILITY");
        assertThat(rules(out.get(mentor("Lone", "Andersen")))).containsExactly("M10");
        assertThat(rules(out.get(mentor("Hanne", "Rasmussen")))).contains("REGISTRY_STATUS", "M8");
        assertThat(rules(out.get(mentor("Peter", "Holm")))).contains("REGISTRY_STATUS", "M7", "VETTING_VALIDITY");
        assertThat(rules(out.get(mentor("Anja", "Poulsen")))).containsExactly("REGISTRY_STATUS");
        assertThat(out).doesNotContainKeys(mentor("Karim", "Nielsen"), mentor("Ole", "Madsen"));
    }

    @Test
    void rankedCandidatesComeWithExplanationsBestFirst() {
        Matching.Result result = matchAs(DemoUsers.CASEWORKER, client(), null);
        List<Long> ranked = result.ranked().stream().map(Matching.Candidate::mentorId).toList();
        assertThat(ranked.get(0)).isEqualTo(mentor("Karim", "Nielsen"));
        assertThat(ranked).contains(mentor("Ole", "Madsen"), mentor("Ahmed", "Yilmaz"));
        Matching.Candidate karim = result.ranked().get(0);
        assertThat(karim.rank()).isEqualTo(1);
        assertThat(karim.explanations()).extracting(Matching.Explanation::messageKey)
                .contains("mentor.match.needAreas", "mentor.match.language", "mentor.match.sameArea",
                        "mentor.match.nearby", "mentor.match.capacity", "mentor.match.training");
        Matching.Candidate ahmed = result.ranked().stream().filter(c -> c.mentorId() == mentor("Ahmed", "Yilmaz"))
                .findFirst().orElseThrow();
        assertThat(ahmed.explanations()).extracting(Matching.Explanation::messageKey)
                .contains("mentor.match.otherArea", "mentor.match.noLanguage");
        assertThat(ahmed.score()).isLessThan(karim.score());
    }

    @Test
    void aPreviousMentorOfTheClientComesFirst() {
        ClientFacts client = client();
        long ahmed = mentor("Ahmed", "Yilmaz");
        jdbc.update("""
                insert into mentor_commitment (mentor_id, client_id, description, hours_per_week, active, started_on,
                                               ended_on, created_at, created_by)
                values (?, ?, 'Tidligere forløb', 4, false, current_date - 400, current_date - 100, now(), 'test')
                """, ahmed, client.clientId());
        Matching.Result result = matchAs(DemoUsers.CASEWORKER, client, null);
        assertThat(result.ranked().get(0).mentorId()).isEqualTo(ahmed);
        assertThat(result.ranked().get(0).explanations()).extracting(Matching.Explanation::messageKey)
                .contains("mentor.match.previous");
    }

    /** The course feature feeds the port mentor_client_history: a mentor of an ended course is "previous". */
    @Test
    void theMentorOfAnEndedCourseWithTheClientComesFirst() {
        Map<String, Object> ended = jdbc.queryForMap(
                "select client_id, mentor_id from mentor_course where state = 'ENDED' and mentor_id is not null limit 1");
        long clientId = ((Number) ended.get("client_id")).longValue();
        long mentorId = ((Number) ended.get("mentor_id")).longValue();
        ClientFacts client = new ClientFacts(clientId, "Testklient", 1L, 104L, null,
                Set.of(NeedArea.EDUCATION_EMPLOYMENT), "da", "2200");
        Matching.Result result = matchAs(DemoUsers.CASEWORKER, client, null);
        List<Long> ranked = result.ranked().stream().map(Matching.Candidate::mentorId).toList();
        assertThat(ranked).contains(mentorId);
        Matching.Candidate previous = result.ranked().get(ranked.indexOf(mentorId));
        assertThat(previous.explanations()).extracting(Matching.Explanation::messageKey).contains("mentor.match.previous");
        for (Matching.Candidate above : result.ranked().subList(0, ranked.indexOf(mentorId))) {
            assertThat(above.explanations()).as("ranked above a previous mentor: " + above.name())
                    .extracting(Matching.Explanation::messageKey).contains("mentor.match.previous");
        }
    }

    @Test
    void M6_declaredCloseRelationExcludesTheMentorForThatClientOnly() {
        ClientFacts client = client();
        long ole = mentor("Ole", "Madsen");
        jdbc.update("""
                insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                values (?, ?, 'CLIENT', 'Fætter', now(), 'test')
                """, ole, client.clientId());
        assertThat(rules(excluded(matchAs(DemoUsers.CASEWORKER, client, null)).get(ole))).containsExactly("M6");
        assertThat(excluded(matchAs(DemoUsers.CASEWORKER, client(), null))).doesNotContainKey(ole);
    }

    @Test
    void M5_recordedExceptionLetsTheEmployeeBeMatched() {
        ClientFacts client = client();
        long henrik = mentor("Henrik", "Mortensen");
        try (SignedIn ignored = SignedIn.as(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR))) {
            relations.recordEmployeeException(henrik, client, "Klienten har ønsket netop denne medarbejder; ingen sagsbehandling.");
        }
        Matching.Result result = matchAs(DemoUsers.COORDINATOR, client, null);
        assertThat(excluded(result)).doesNotContainKey(henrik);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_M5_EXCEPTION' and subject_id = ?",
                Integer.class, String.valueOf(henrik))).isPositive();
    }

    @Autowired
    MentorRegistry registry;

    @Autowired
    ClientRelations relations;

    @Test
    void matchingFromOneQueryAgreesWithThePolicyOnEachMentorsOwnFacts() {
        ClientFacts client = client();
        try (SignedIn ignored = SignedIn.as(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR))) {
            Matching.Result result = matching.match(client, new BigDecimal("3"));
            java.time.LocalDate today = result.day();
            for (Matching.Excluded e : result.excluded()) {
                assertThat(registry.assess(e.mentorId(), client, today, new BigDecimal("3")).failures())
                        .as(e.name()).extracting(RuleOutcome::ruleId).containsExactlyElementsOf(rules(e));
            }
            for (Matching.Candidate c : result.ranked()) {
                assertThat(registry.assess(c.mentorId(), client, today, new BigDecimal("3")).appointable()).as(c.name()).isTrue();
            }
        }
    }

    @Test
    void M10_hoursOfTheNewCourseCountAgainstTheCeiling() {
        long karim = mentor("Karim", "Nielsen");
        assertThat(excluded(matchAs(DemoUsers.CASEWORKER, client(), "11.5"))).containsKey(karim);
        assertThat(excluded(matchAs(DemoUsers.CASEWORKER, client(), "11.5")).get(karim).reasons())
                .extracting(RuleOutcome::ruleId).containsExactly("M10");
        assertThat(excluded(matchAs(DemoUsers.CASEWORKER, client(), "11.5"))).doesNotContainKey(mentor("Ole", "Madsen"));
    }

    @Test
    void AZ3_vettingReasonsAreRedactedForCaseworkersButNotForTheVettingArea() {
        long hanne = mentor("Hanne", "Rasmussen");
        Matching.Excluded forCaseworker = excluded(matchAs(DemoUsers.CASEWORKER, client(), null)).get(hanne);
        assertThat(forCaseworker.reasons()).extracting(RuleOutcome::messageKey)
                .contains(AppointmentAssessment.PUBLIC_VETTING_KEY, "mentor.rule.STATUS.VETTING")
                .doesNotContain("mentor.rule.M8.notMet");
        Matching.Excluded forCoordinator = excluded(matchAs(DemoUsers.COORDINATOR, client(), null)).get(hanne);
        assertThat(forCoordinator.reasons()).extracting(RuleOutcome::messageKey).contains("mentor.rule.M8.notMet");
    }

    @Test
    void coordinatorMayOverrideASoftPreferenceWithAReasonButNeverAHardRule() {
        ClientFacts client = client();
        Matching.Result result = matchAs(DemoUsers.COORDINATOR, client, null);
        long second = result.ranked().get(1).mentorId();
        long excludedOne = mentor("Henrik", "Mortensen");
        try (SignedIn ignored = SignedIn.as(new LoginSessions(mvc).fresh(DemoUsers.COORDINATOR))) {
            assertThatThrownBy(() -> matching.choose(client, second, null, null))
                    .isInstanceOf(Refusal.class).hasMessageContaining("mentor.match.overrideReasonRequired");
            assertThatThrownBy(() -> matching.choose(client, excludedOne, null, "Kender klienten godt"))
                    .isInstanceOf(Refusal.class).hasMessageContaining("M5");
            matching.choose(client, second, null, "Klienten kender mentoren fra fodboldklubben.");
        }
        assertThat(jdbc.queryForObject("select rank || '/' || override_reason from mentor_match_choice where client_id = ?",
                String.class, client.clientId())).isEqualTo("2/Klienten kender mentoren fra fodboldklubben.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_MATCH_OVERRIDE' and subject_id = ?",
                Integer.class, String.valueOf(second))).isPositive();
    }
}
