package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * Issue 10: the SQL form of {@link AppointmentPolicy}'s exclusions and of {@link Matching}'s ranking, so the
 * matching page reads the best candidates, the first excluded mentors and the excluded counted by reason from
 * one statement instead of assessing the whole registry in Java.
 * <p>
 * Each {@code x_*} column is one ground of {@link AppointmentPolicy#RULES}, true where the policy would find
 * it not met. {@code CandidateQueryAgreementTest} proves on varied mentors and boundary days that the set of
 * true columns equals the grounds the policy refuses on. The SQL form only decides what is listed and
 * counted: the page runs the full policy on the mentors it shows, and a choice is always assessed by the
 * policy itself ({@link Matching#choose}), so a difference could never let an ineligible mentor be chosen.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CandidateQuery {

    /** The column of each ground, in the policy's order. */
    static final Map<Ground, String> COLUMNS = columns();

    /** The grounds that reveal the vetting (AZ3): counted together under "vetting not complete". */
    static final Set<Ground> SENSITIVE = Set.of(Rule.M7, Rule.M8);

    private static Map<Ground, String> columns() {
        Map<Ground, String> columns = new LinkedHashMap<>();
        columns.put(Check.REGISTRY_STATUS, "x_status");
        for (Rule rule : List.of(Rule.M1, Rule.M2, Rule.M3, Rule.M4, Rule.M5, Rule.M6, Rule.M7, Rule.M8, Rule.M9, Rule.M10)) {
            columns.put(rule, "x_" + rule.id().toLowerCase());
        }
        columns.put(Check.VETTING_VALIDITY, "x_vetting");
        columns.put(Check.AVAILABILITY, "x_availability");
        columns.put(Check.SERVICE_POLICY_INTRODUCTION, "x_introduction");
        return Collections.unmodifiableMap(columns);
    }

    /** Whether any ground excludes the mentor: a column of {@link #ASSESSED}. */
    private static final String EXCLUDED = "x_any";

    /** The order of the ranking: Matching's score, then capacity left, then the name (Java's String order). */
    private static final String RANK_ORDER = "score desc, capacity_left desc, name collate \"C\", last_name, first_name, id";

    /** The order of the excluded: the registry's (last name, first name). */
    private static final String NAME_ORDER = "last_name, first_name, id";

    /** The mentors matching considers: the registry's approved ones and those on their way, and the client's own. */
    private static final String CANDIDATES = """
            m.status in ('APPROVED', 'INACTIVE', 'AWAITING_DIRECTORATE', 'VETTING')
            or m.proposed_for_client_id = :client
            or m.id in (select p.mentor_id from mentor_client_history p where p.client_id = :client)""";

    /**
     * Every considered mentor with one column per ground of the policy and the ranking's score (the sum of
     * {@link Matching}'s points), computed once (materialized) for the counts and the three lists. Every
     * per-mentor fact is a column of the mentor, of its workload or of its matching facts (V750: need areas as
     * bits, languages, the first introduction course, appointed before; kept by triggers), each joined by the
     * mentor's key, or a membership in one of the client's own small sets read once as a hashed sub-plan
     * (relations, exceptions, previous mentors): nothing is looked up per mentor or per need area, which at
     * 20,000 mentors cost more than all the rest (issue 10). Each expression is evaluated once per mentor: the
     * inner query ({@code offset 0} keeps the planner from copying its expressions into the outer one) computes the
     * grounds, the points and the capacity left, the outer one whether any ground excludes ({@code x_any}) and the
     * score from the points and the capacity left.
     */
    private static final String ASSESSED = """
            with assessed as materialized (
              select a.*, %9$s as x_any, a.points + %7$d * cast(trunc(a.capacity_left) as integer) as score
              from (
              select m.id, m.first_name || ' ' || m.last_name as name, m.last_name, m.first_name, m.employee_unit_id,
                     m.status <> 'APPROVED' as x_status,
                     m.birth_date > :bornBy as x_m1,
                     not m.speaks_danish as x_m2,
                     coalesce(m.cooperation_declared_on > :day, true) as x_m3,
                     coalesce(m.documentation_declared_on > :day, true) as x_m4,
                     coalesce(m.employee_unit_id = :unit or m.employee_unit_id = :releaseUnit, false)
                       and m.id not in (select e.mentor_id from mentor_employee_exception e where e.client_id = :client) as x_m5,
                     m.id in (select r.mentor_id from mentor_close_relation r where r.client_id = :client) as x_m6,
                     m.consent_given_on is null or m.record_checked_on is null as x_m7,
                     coalesce(m.record_result = 'REGISTERED', false) and m.directorate_approved_at is null as x_m8,
                     coalesce(m.confidentiality_signed_on > :day, true) as x_m9,
                     coalesce(h.agreed_hours, 0) >= :ceiling or coalesce(h.agreed_hours, 0) > :ceiling - :extra as x_m10,
                     coalesce(m.record_checked_on <= :lastExpiredCheck, true) as x_vetting,
                     coalesce(m.unavailable_until >= :day, false) as x_availability,
                     cast(:introduction as boolean)
                       and not (coalesce(f.introduction_on <= :day, false) or coalesce(f.appointed_before, false))
                       as x_introduction,
                     case when m.id in (select p.mentor_id from mentor_client_history p where p.client_id = :client)
                          then %1$d else 0 end
                     + case when m.proposed_for_client_id = :client then %2$d else 0 end
                     + %3$d * bit_count(cast(coalesce(f.need_mask, 0) & (select need_area_mask(cast(:needs as varchar[])))
                                             as bit(32)))
                     + case when :language = any(f.languages) then %4$d else 0 end
                     + case when m.home_area_id = :area then %5$d else 0 end
                     + case when length(m.postal_code) = 4 and left(m.postal_code, 2) = :postalPrefix then %6$d else 0 end
                     + case when m.training_completed_on is not null then %8$d else 0 end as points,
                     greatest(least(m.hours_per_week, :ceiling) - coalesce(h.agreed_hours, 0), 0) as capacity_left
              from mentor m
              left join mentor_agreed_hours h on h.mentor_id = m.id
              left join mentor_matching_facts f on f.mentor_id = m.id
              where %%s
              offset 0) a
            )
            """.formatted(Matching.PREVIOUS_MENTOR, Matching.PROPOSED_BY_CLIENT, Matching.PER_NEED_AREA, Matching.LANGUAGE,
            Matching.SAME_AREA, Matching.NEARBY, Matching.PER_FREE_HOUR, Matching.TRAINING,
            COLUMNS.values().stream().collect(Collectors.joining(" or ", "(", ")")));

    private final NamedParameterJdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final IntroductionRequirement introduction;

    /** A listed mentor: id and name, with the rank among the candidates (0 for an excluded mentor). */
    record Listed(long mentorId, String name, int rank) {
    }

    /**
     * What the page lists: the first {@code limit} candidates by rank, the first excluded by name and the first
     * excluded by M5 (the employee-exception form), all filtered by {@code needle} (lower case, "contains") when
     * given; and, over every considered mentor, the totals and how many excluded fail each ground.
     *
     * @param excludedBy per ground, the excluded mentors failing it (the sensitive grounds counted separately)
     * @param vettingIncomplete the excluded mentors failing a sensitive ground (M7, M8)
     */
    record Listing(List<Listed> ranked, List<Listed> excluded, List<Listed> employees, int rankedTotal,
                   int excludedTotal, Map<Ground, Long> excludedBy, long vettingIncomplete) {
    }

    Listing list(ClientFacts client, LocalDate day, BigDecimal extraHours, String needle, int limit) {
        // "contains" on the lower-case full name, as the page's search always did
        String filter = needle == null ? "" : " and lower(name) like :pattern";
        // Without a search the first candidates are a top-N sort; a search needs every candidate's rank.
        String ranked = needle == null
                ? "select id, name, row_number() over (order by " + RANK_ORDER + ") as rank from (select * from assessed"
                  + " where not " + EXCLUDED + " order by " + RANK_ORDER + " limit :limit) t"
                : "select id, name, global_rank as rank from (select id, name, row_number() over (order by " + RANK_ORDER
                  + ") as global_rank from assessed where not " + EXCLUDED + ") g where true" + filter
                  + " order by global_rank limit :limit";
        // the mentors counted by their combination of grounds (a few dozen groups), summed per ground below
        String grounds = String.join(", ", COLUMNS.values());
        String sql = assessed(CANDIDATES) + """
                select 'C' as kind, cast(null as bigint) as id, cast(null as text) as name, cast(count(*) as integer) as ord,
                       array[%2$s] as counts
                from assessed group by %2$s
                union all
                select 'R', id, name, cast(rank as integer), null from (%3$s) r
                union all
                select 'X', id, name, cast(row_number() over (order by %4$s) as integer), null from (
                  select id, name, last_name, first_name from assessed where %1$s%5$s order by %4$s limit :limit) x
                union all
                select 'E', id, name, cast(row_number() over (order by %4$s) as integer), null from (
                  select id, name, last_name, first_name from assessed
                  where x_m5 and employee_unit_id in (:unit, :releaseUnit)%5$s order by %4$s limit :limit) e
                """.formatted(EXCLUDED, grounds, ranked, NAME_ORDER, filter);
        MapSqlParameterSource params = parameters(client, day, extraHours).addValue("limit", limit)
                .addValue("pattern", needle == null ? null : "%" + RegistrySearch.escapeLike(needle) + "%",
                        java.sql.Types.VARCHAR);
        Map<String, List<Listed>> lists = new LinkedHashMap<>();
        List<Ground> order = List.copyOf(COLUMNS.keySet());
        Map<Ground, Long> failing = new LinkedHashMap<>();
        long[] totals = new long[3]; // candidates, excluded, excluded on a sensitive ground
        jdbc.query(sql, params, rs -> {
            String kind = rs.getString("kind");
            if (kind.equals("C")) {
                Boolean[] fails = (Boolean[]) rs.getArray("counts").getArray();
                long mentors = rs.getInt("ord");
                Set<Ground> on = new LinkedHashSet<>();
                for (int i = 0; i < fails.length; i++) {
                    if (fails[i]) {
                        on.add(order.get(i));
                        failing.merge(order.get(i), mentors, Long::sum);
                    }
                }
                totals[on.isEmpty() ? 0 : 1] += mentors;
                totals[2] += on.stream().anyMatch(SENSITIVE::contains) ? mentors : 0;
            } else {
                lists.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Listed(rs.getLong("id"), rs.getString("name"), rs.getInt("ord")));
            }
        });
        Map<Ground, Long> excludedBy = new LinkedHashMap<>();
        order.stream().filter(g -> failing.containsKey(g) && !SENSITIVE.contains(g)).forEach(g -> excludedBy.put(g, failing.get(g)));
        return new Listing(ordered(lists, "R", true), ordered(lists, "X", false), ordered(lists, "E", false),
                (int) totals[0], (int) totals[1], excludedBy, totals[2]);
    }

    /** One list in its order; only candidates keep their number (their rank), the excluded have none. */
    private static List<Listed> ordered(Map<String, List<Listed>> lists, String kind, boolean ranked) {
        return lists.getOrDefault(kind, List.of()).stream().sorted(Comparator.comparingInt(Listed::rank))
                .map(l -> ranked ? l : new Listed(l.mentorId(), l.name(), 0)).toList();
    }

    /** The rank of one mentor among every candidate for the client, empty when the SQL form excludes them. */
    OptionalInt rank(ClientFacts client, LocalDate day, BigDecimal extraHours, long mentorId) {
        String sql = assessed(CANDIDATES) + """
                select global_rank
                from (select id, cast(row_number() over (order by %s) as integer) as global_rank
                      from assessed where not %s) g
                where id = :mentor
                """.formatted(RANK_ORDER, EXCLUDED);
        List<Integer> rank = jdbc.queryForList(sql, parameters(client, day, extraHours).addValue("mentor", mentorId),
                Integer.class);
        return rank.isEmpty() ? OptionalInt.empty() : OptionalInt.of(rank.get(0));
    }

    /** For the given mentors (whatever their status), the grounds the SQL form excludes them on, and the score. */
    Map<Long, Assessed> assess(ClientFacts client, LocalDate day, BigDecimal extraHours, Collection<Long> mentorIds) {
        String sql = assessed("m.id in (:ids)") + "select * from assessed";
        Map<Long, Assessed> out = new LinkedHashMap<>();
        jdbc.query(sql, parameters(client, day, extraHours).addValue("ids", mentorIds), rs -> {
            Set<Ground> grounds = new LinkedHashSet<>();
            for (Map.Entry<Ground, String> column : COLUMNS.entrySet()) {
                if (rs.getBoolean(column.getValue())) {
                    grounds.add(column.getKey());
                }
            }
            out.put(rs.getLong("id"), new Assessed(grounds, rs.getInt("score"), rs.getBigDecimal("capacity_left")));
        });
        return out;
    }

    /** The SQL form's view of one mentor. */
    record Assessed(Set<Ground> excludedOn, int score, BigDecimal capacityLeft) {
    }

    /** The assessment of the mentors the condition selects, for the client. */
    private static String assessed(String condition) {
        return ASSESSED.formatted(condition);
    }

    /**
     * The last day a criminal-register check could be made and be expired on {@code day} (the policy's
     * {@link RegistryProperties#vettingValidUntil} before the day): the validity only grows with the check's
     * date, so a check is expired exactly when it was made on or before this day.
     */
    LocalDate lastExpiredCheck(LocalDate day) {
        LocalDate check = day.minus(properties.vettingValidity());
        while (properties.vettingValidUntil(check.plusDays(1)).isBefore(day)) {
            check = check.plusDays(1);
        }
        while (!properties.vettingValidUntil(check).isBefore(day)) {
            check = check.minusDays(1);
        }
        return check;
    }

    private MapSqlParameterSource parameters(ClientFacts client, LocalDate day, BigDecimal extraHours) {
        String language = client.preferredLanguage() == null || "da".equals(client.preferredLanguage())
                ? null : client.preferredLanguage();
        String postal = client.postalCode();
        return new MapSqlParameterSource("client", client.clientId())
                // an array literal: a Java array would be expanded into a list of parameters
                .addValue("needs", client.needAreas().stream().map(NeedArea::name).sorted()
                        .collect(Collectors.joining(",", "{", "}")))
                .addValue("day", day)
                // M1: Period.between(birth, day).getYears() >= 18 exactly when birth <= day.minusYears(18).
                .addValue("bornBy", day.minusYears(Mentor.MINIMUM_AGE))
                .addValue("unit", client.currentUnitId(), java.sql.Types.BIGINT)
                .addValue("releaseUnit", client.releaseUnitId(), java.sql.Types.BIGINT)
                .addValue("ceiling", properties.workloadCeilingHours())
                .addValue("extra", extraHours == null ? BigDecimal.ZERO : extraHours)
                .addValue("lastExpiredCheck", lastExpiredCheck(day))
                .addValue("introduction", introduction.requiredIn(client.areaId()))
                .addValue("language", language, java.sql.Types.VARCHAR)
                .addValue("area", client.areaId(), java.sql.Types.BIGINT)
                .addValue("postalPrefix", postal != null && postal.length() == 4 ? postal.substring(0, 2) : null,
                        java.sql.Types.VARCHAR);
    }
}
