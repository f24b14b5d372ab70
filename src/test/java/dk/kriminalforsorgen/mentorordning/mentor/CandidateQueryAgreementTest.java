package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 10: the SQL form of the appointment policy ({@link CandidateQuery}) excludes exactly the mentors
 * {@link AppointmentPolicy} refuses, on exactly the same grounds, and ranks by the same score as
 * {@link Matching}'s explanations. Mentors are generated with a seeded random generator around boundary days
 * (a leap day; vetting expiring on the day, the day before and after; the 18th birthday on the day, M1 for a
 * leap-day birth; declarations, unavailability and the introduction course dated the day before, on and after;
 * agreed hours at, just under and over the M10 ceiling with the new hours), for two clients (with units, need
 * areas and a language, and without), several days and extra hours, with and without the introduction policy.
 * The policy's facts are read through the registry's own services, not through the SQL under test.
 * Each test's generated mentors are rolled back with it, so they never reach another class's registry pages.
 */
@Transactional
class CandidateQueryAgreementTest extends IntegrationTestBase {

    private static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);
    private static final List<LocalDate> DAYS = List.of(LEAP_DAY.minusDays(1), LEAP_DAY, LEAP_DAY.plusDays(1),
            LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
    private static final List<BigDecimal> EXTRA = List.of(BigDecimal.ZERO, new BigDecimal("4"), new BigDecimal("3.5"));
    private static final int MENTORS = 260;
    private static final List<String> STATUSES = List.of("APPROVED", "APPROVED", "APPROVED", "APPROVED", "VETTING",
            "AWAITING_DIRECTORATE", "INACTIVE", "APPLICANT", "REJECTED", "RETIRED");

    @Autowired
    CandidateQuery query;

    @Autowired
    AppointmentPolicy policy;

    @Autowired
    RegistryProperties properties;

    @Autowired
    Matching matching;

    @Autowired
    MentorRepository repository;

    @Autowired
    Workload workload;

    @Autowired
    ClientRelations relations;

    @Autowired
    MentorTrainings trainings;

    @Autowired
    NamedParameterJdbcTemplate named;

    private final Random random = new Random(20261201L);
    private final String family = MentorRegistrySteps.uniqueLastName("Enig");
    private ClientFacts withEverything;
    private ClientFacts withNothing;
    private final List<Long> mentors = new ArrayList<>();

    @BeforeEach
    void generate() {
        long clientId = 970_000_000L + random.nextInt(1_000_000);
        withEverything = new ClientFacts(clientId, "Klient", TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD,
                TestUsers.BISPEBJERG, Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS), "ar", "2200");
        withNothing = new ClientFacts(clientId + 1, "Klient", TestUsers.SYDDANMARK, null, null, Set.of(), null, null);
        for (int i = 0; i < MENTORS; i++) {
            mentors.add(mentor(i));
        }
    }

    @Test
    void theSqlFormExcludesExactlyWhomThePolicyRefusesOnTheSameGrounds() {
        IntroductionRequirement required = new IntroductionRequirement(Set.of(TestUsers.HOVEDSTADEN, TestUsers.SYDDANMARK));
        CandidateQuery introductionQuery = new CandidateQuery(named, properties, required);
        AppointmentPolicy introductionPolicy = new AppointmentPolicy(properties, required);
        Map<Ground, Integer> seen = new HashMap<>();
        int compared = 0;
        for (ClientFacts client : List.of(withEverything, withNothing)) {
            Map<Long, MentorFacts> facts = new HashMap<>();
            mentors.forEach(id -> facts.put(id, facts(id, client)));
            for (LocalDate day : DAYS) {
                for (BigDecimal extra : EXTRA) {
                    compared += compare(query, policy, client, day, extra, facts, seen);
                    compared += compare(introductionQuery, introductionPolicy, client, day, extra, facts, seen);
                }
            }
        }
        assertThat(compared).isEqualTo(2 * DAYS.size() * EXTRA.size() * 2 * MENTORS);
        // The generated mentors reach every ground.
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(CandidateQuery.COLUMNS.keySet());
    }

    private int compare(CandidateQuery sqlForm, AppointmentPolicy javaForm, ClientFacts client, LocalDate day,
                        BigDecimal extra, Map<Long, MentorFacts> facts, Map<Ground, Integer> seen) {
        Map<Long, CandidateQuery.Assessed> sql = sqlForm.assess(client, day, extra, mentors);
        assertThat(sql).hasSize(mentors.size());
        for (long id : mentors) {
            AppointmentAssessment assessment = javaForm.assess(facts.get(id), client, day, extra);
            Set<Ground> refused = assessment.failures().stream().map(RuleOutcome::ground)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(sql.get(id).excludedOn()).as("mentor %d for client %d on %s with %s more hours: %s", id,
                    client.clientId(), day, extra, facts.get(id)).containsExactlyElementsOf(refused);
            assertThat(assessment.failures().stream().filter(RuleOutcome::sensitive).map(RuleOutcome::ground))
                    .as("sensitive grounds").allMatch(CandidateQuery.SENSITIVE::contains);
            refused.forEach(g -> seen.merge(g, 1, Integer::sum));
        }
        return mentors.size();
    }

    @Test
    void theSqlRankingHasMatchingsScoresAndOrder() {
        int listed = 0;
        for (ClientFacts client : List.of(withEverything, withNothing)) {
            for (LocalDate day : List.of(LEAP_DAY, LEAP_DAY.plusDays(1))) {
                for (BigDecimal extra : EXTRA) {
                    clock.setDate(day);
                    Matching.Result result;
                    try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR))) {
                        result = matching.match(client, extra, family);
                    }
                    Map<Long, CandidateQuery.Assessed> sql = query.assess(client, day, extra, mentors);
                    for (Matching.Candidate c : result.ranked()) {
                        assertThat(sql.get(c.mentorId()).excludedOn()).isEmpty();
                        assertThat(sql.get(c.mentorId()).score()).as(c.name()).isEqualTo(c.score());
                        assertThat(sql.get(c.mentorId()).capacityLeft()).isEqualByComparingTo(c.capacityLeft());
                    }
                    assertThat(result.ranked()).isSortedAccordingTo(Comparator.comparingInt(Matching.Candidate::score).reversed()
                            .thenComparing(Matching.Candidate::capacityLeft, Comparator.reverseOrder())
                            .thenComparing(Matching.Candidate::name));
                    assertThat(result.ranked()).extracting(Matching.Candidate::rank).isSorted().doesNotHaveDuplicates();
                    long eligible = sql.values().stream().filter(a -> a.excludedOn().isEmpty()).count();
                    assertThat(result.ranked()).hasSize((int) Math.min(eligible, Matching.LISTED));
                    assertThat(result.excluded()).allSatisfy(x -> assertThat(x.reasons()).extracting(RuleOutcome::ground)
                            .containsExactlyElementsOf(sql.get(x.mentorId()).excludedOn()));
                    listed += result.ranked().size();
                }
            }
        }
        assertThat(listed).isPositive();
    }

    /**
     * V750: the matching facts the triggers keep (need areas as bits, languages, the first introduction course,
     * appointed before) equal the source tables after every kind of change to them, for every generated mentor; and
     * the policy and the SQL form still agree after the changes.
     */
    @Test
    void theMatchingFactsKeptByTriggersFollowEveryChange() {
        assertFactsAsTheSourceTables();
        for (long id : mentors) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    jdbc.update("delete from mentor_need_area where mentor_id = ? and need_area = ?", id, pick(List.of(NeedArea.values())).name());
                    jdbc.update("insert into mentor_need_area (mentor_id, need_area) values (?, ?) on conflict do nothing", id,
                            pick(List.of(NeedArea.values())).name());
                }
                case 1 -> {
                    jdbc.update("delete from mentor_language where mentor_id = ?", id);
                    jdbc.update("insert into mentor_language (mentor_id, language) values (?, 'so')", id);
                }
                case 2 -> jdbc.update("update mentor_training set taken_on = taken_on + 3 where mentor_id = ?", id);
                case 3 -> jdbc.update("delete from mentor_training where mentor_id = ?", id);
                case 4 -> OtherCommitments.ended(jdbc, id, withNothing.clientId(), LEAP_DAY.minusYears(2), LEAP_DAY.minusYears(1));
                default -> jdbc.update("update mentor_commitment set client_id = null where mentor_id = ?", id);
            }
        }
        jdbc.update("update mentor_commitment set mentor_id = ? where mentor_id = ?", mentors.get(1), mentors.get(0));
        jdbc.update("delete from mentor_need_area where mentor_id = ?", mentors.get(2));
        assertFactsAsTheSourceTables();
        // and the SQL form still excludes exactly whom the policy refuses, with the introduction policy
        IntroductionRequirement required = new IntroductionRequirement(Set.of(TestUsers.HOVEDSTADEN));
        Map<Long, MentorFacts> facts = new HashMap<>();
        mentors.forEach(id -> facts.put(id, facts(id, withEverything)));
        assertThat(compare(new CandidateQuery(named, properties, required), new AppointmentPolicy(properties, required),
                withEverything, LEAP_DAY, EXTRA.get(1), facts, new HashMap<>())).isEqualTo(MENTORS);
    }

    /** Every need area has its own bit in {@code need_area_mask}, the mask matching keeps of a mentor's need areas. */
    @Test
    void everyNeedAreaHasItsOwnBit() {
        Set<Integer> bits = new LinkedHashSet<>();
        for (NeedArea need : NeedArea.values()) {
            Integer mask = jdbc.queryForObject("select need_area_mask(cast(? as varchar[]))", Integer.class, "{" + need.name() + "}");
            assertThat(Integer.bitCount(mask)).as(need.name()).isEqualTo(1);
            bits.add(mask);
        }
        assertThat(bits).hasSize(NeedArea.values().length);
        assertThat(jdbc.queryForObject("select need_area_mask(cast(? as varchar[]))", Integer.class, "{}")).isZero();
    }

    private void assertFactsAsTheSourceTables() {
        String ids = mentors.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        List<Map<String, Object>> kept = jdbc.queryForList("""
                select mentor_id, need_mask, array_to_string(languages, ',') as languages, introduction_on, appointed_before
                from mentor_matching_facts where mentor_id = any(cast(? as bigint[])) order by mentor_id
                """, ids);
        List<Map<String, Object>> source = jdbc.queryForList("""
                select m.id as mentor_id,
                       (select need_area_mask(array_agg(n.need_area)) from mentor_need_area n where n.mentor_id = m.id) as need_mask,
                       coalesce((select string_agg(l.language, ',' order by l.language) from mentor_language l
                                 where l.mentor_id = m.id), '') as languages,
                       (select min(t.taken_on) from mentor_training t where t.mentor_id = m.id and t.kind = 'INTRODUCTION')
                         as introduction_on,
                       exists (select 1 from mentor_client_history h where h.mentor_id = m.id) as appointed_before
                from mentor m where m.id = any(cast(? as bigint[])) order by m.id
                """, ids);
        assertThat(kept).hasSize(MENTORS).isEqualTo(source);
        // the generated mentors reach each kind of fact
        assertThat(kept).anyMatch(k -> ((Integer) k.get("need_mask")) != 0).anyMatch(k -> !"".equals(k.get("languages")))
                .anyMatch(k -> k.get("introduction_on") != null).anyMatch(k -> (Boolean) k.get("appointed_before"))
                .anyMatch(k -> !(Boolean) k.get("appointed_before"));
    }

    /** M1 in SQL compares the birth date with {@code day.minusYears(18)}: the same as the policy's Period. */
    @Test
    void M1_bornOnOrBeforeTheDayEighteenYearsEarlierIsTheSameAsThePolicysAge() {
        for (LocalDate day = LocalDate.of(2027, 12, 1); day.isBefore(LocalDate.of(2029, 4, 1)); day = day.plusDays(1)) {
            for (LocalDate birth = day.minusYears(18).minusDays(40); birth.isBefore(day.minusYears(18).plusDays(40));
                 birth = birth.plusDays(1)) {
                assertThat(!birth.isAfter(day.minusYears(Mentor.MINIMUM_AGE)))
                        .as("born %s, on %s", birth, day)
                        .isEqualTo(Period.between(birth, day).getYears() >= Mentor.MINIMUM_AGE);
            }
        }
    }

    /** The policy's facts as the registry reads them for an appointment (MentorRegistry#assess). */
    private MentorFacts facts(long id, ClientFacts client) {
        Mentor mentor = repository.findById(id).orElseThrow();
        return MentorFacts.of(mentor, workload.agreedHours(id), relations.closeRelation(id, client.clientId()),
                        relations.employeeException(id, client.clientId()))
                .withTraining(trainings.introductionOn(id).orElse(null), trainings.appointedBefore(id));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A date around a boundary: one of the days, give or take a day, or null. */
    private LocalDate around(LocalDate anchor, int nullPercent) {
        return chance(nullPercent) ? null : anchor.plusDays(random.nextInt(3) - 1);
    }

    private long mentor(int i) {
        LocalDate anchor = pick(DAYS);
        String status = pick(STATUSES);
        LocalDate birth = chance(40) ? pick(List.of(anchor.minusYears(18).plusDays(random.nextInt(5) - 2),
                LocalDate.of(2010, 2, 28), LocalDate.of(2010, 3, 1), LocalDate.of(2008, 2, 29)))
                : anchor.minusYears(19 + random.nextInt(50)).minusDays(random.nextInt(365));
        LocalDate consent = chance(15) ? null : anchor.minusYears(3);
        LocalDate checked = consent == null || chance(10) ? null : chance(60)
                ? anchor.minus(properties.vettingValidity()).plusDays(random.nextInt(4) - 1)
                : anchor.minusMonths(random.nextInt(30));
        String result = checked == null ? null : chance(25) ? "REGISTERED" : "NOT_REGISTERED";
        boolean directorate = "REGISTERED".equals(result) && chance(50);
        Long unit = chance(70) ? null : pick(List.of(TestUsers.KIF_KOEBENHAVN_NORD, TestUsers.BISPEBJERG, TestUsers.KIF_ODENSE));
        long id = jdbc.queryForObject("""
                insert into mentor (first_name, last_name, birth_date, postal_code, home_area_id, speaks_danish,
                                    cooperation_declared_on, documentation_declared_on, confidentiality_signed_on,
                                    employee_unit_id, hours_per_week, unavailable_until, training_completed_on, status,
                                    status_changed_at, vetting_area_id, consent_given_on, record_checked_on, record_result,
                                    directorate_approved_at, proposed_for_client_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?, now(), 'test')
                returning id
                """, Long.class, "Mentor" + i, family, birth, pick(java.util.Arrays.asList("2200", "2210", "5000", "22", null)),
                pick(List.of(TestUsers.HOVEDSTADEN, TestUsers.SYDDANMARK)), chance(92),
                around(anchor, 8), around(anchor, 8), around(anchor, 8), unit,
                pick(List.of(new BigDecimal("0"), new BigDecimal("5.5"), new BigDecimal("10"), new BigDecimal("18.5"),
                        new BigDecimal("30"))),
                chance(70) ? null : around(anchor, 0), chance(50) ? null : anchor.minusYears(1), status,
                chance(50) ? null : TestUsers.HOVEDSTADEN, consent, checked, result,
                directorate ? java.sql.Timestamp.valueOf(anchor.atStartOfDay()) : null,
                chance(4) ? pick(List.of(withEverything.clientId(), withNothing.clientId())) : null);
        BigDecimal ceiling = properties.workloadCeilingHours();
        BigDecimal agreed = pick(List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("4"), ceiling.subtract(new BigDecimal("4")),
                ceiling.subtract(new BigDecimal("3.5")), ceiling.subtract(new BigDecimal("3")), ceiling.subtract(new BigDecimal("0.5")),
                ceiling, ceiling.add(BigDecimal.ONE)));
        if (agreed.signum() > 0) {
            OtherCommitments.active(jdbc, id, agreed.toPlainString(), anchor.minusMonths(2));
        }
        for (NeedArea need : NeedArea.values()) {
            if (chance(25)) {
                jdbc.update("insert into mentor_need_area (mentor_id, need_area) values (?, ?)", id, need.name());
            }
        }
        for (String language : List.of("ar", "en", "tr")) {
            if (chance(30)) {
                jdbc.update("insert into mentor_language (mentor_id, language) values (?, ?)", id, language);
            }
        }
        for (ClientFacts client : List.of(withEverything, withNothing)) {
            if (chance(5)) {
                jdbc.update("""
                        insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                        values (?, ?, 'CLIENT', 'Fætter', now(), 'test')
                        """, id, client.clientId());
            }
            if (unit != null && chance(40)) {
                jdbc.update("""
                        insert into mentor_employee_exception (mentor_id, client_id, justification, recorded_at, recorded_by)
                        values (?, ?, 'Begrundet', now(), 'test')
                        """, id, client.clientId());
            }
            if (chance(5)) {
                OtherCommitments.ended(jdbc, id, client.clientId(), anchor.minusYears(2), anchor.minusYears(1));
            }
        }
        if (chance(10)) {
            OtherCommitments.ended(jdbc, id, 1L, anchor.minusYears(2), anchor.minusYears(1));
        }
        if (chance(40)) {
            jdbc.update("""
                    insert into mentor_training (mentor_id, kind, name, taken_on, hours, recorded_at, recorded_by)
                    values (?, 'INTRODUCTION', 'Introduktionskursus', ?, 6, now(), 'test')
                    """, id, around(anchor, 0));
        }
        return id;
    }
}
