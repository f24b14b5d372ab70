package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String EXCLUDED = COLUMNS.values().stream().collect(Collectors.joining(" or ", "(", ")"));

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
     * per-mentor fact is a column of the mentor, its workload (a hash join) or a membership in a set read once
     * as a hashed sub-plan (relations, exceptions, previous mentors, the language, each of the client's need
     * areas, the mentors over the M10 ceiling): nothing is looked up per mentor, which at 17,000 mentors cost
     * more than all the rest (issue 10).
     */
    private static final String ASSESSED = """
            with assessed as materialized (
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
                     m.id in (select w.mentor_id from mentor_workload w
                              where w.agreed_hours >= :ceiling or w.agreed_hours > :ceiling - :extra) as x_m10,
                     coalesce(m.record_checked_on <= :lastExpiredCheck, true) as x_vetting,
                     coalesce(m.unavailable_until >= :day, false) as x_availability,
                     case when :introduction
                          then not (exists (select 1 from mentor_training t
                                            where t.mentor_id = m.id and t.kind = 'INTRODUCTION' and t.taken_on <= :day)
                                    or exists (select 1 from mentor_client_history a where a.mentor_id = m.id))
                          else false end as x_introduction,
                     case when m.id in (select p.mentor_id from mentor_client_history p where p.client_id = :client)
                          then %1$d else 0 end
                     + case when m.proposed_for_client_id = :client then %2$d else 0 end
                     + %3$d * (%%2$s)
                     + case when m.id in (select l.mentor_id from mentor_language l where l.language = :language) then %4$d else 0 end
                     + case when m.home_area_id = :area then %5$d else 0 end
                     + case when length(m.postal_code) = 4 and left(m.postal_code, 2) = :postalPrefix then %6$d else 0 end
                     + %7$d * cast(greatest(trunc(least(m.hours_per_week, :ceiling) - coalesce(h.agreed_hours, 0)), 0) as integer)
                     + case when m.training_completed_on is not null then %8$d else 0 end as score,
                     greatest(least(m.hours_per_week, :ceiling) - coalesce(h.agreed_hours, 0), 0) as capacity_left
              from mentor m
              left join mentor_agreed_hours h on h.mentor_id = m.id
              where %%1$s
            )
            """.formatted(Matching.PREVIOUS_MENTOR, Matching.PROPOSED_BY_CLIENT, Matching.PER_NEED_AREA, Matching.LANGUAGE,
            Matching.SAME_AREA, Matching.NEARBY, Matching.PER_FREE_HOUR, Matching.TRAINING);

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
        String counts = COLUMNS.values().stream().map(c -> "count(*) filter (where " + c + ")")
                .collect(Collectors.joining(", "));
        String sql = assessed(CANDIDATES, client) + """
                select 'C' as kind, cast(null as bigint) as id, cast(null as text) as name, 0 as ord,
                       array[count(*) filter (where not %1$s), count(*) filter (where %1$s),
                             count(*) filter (where x_m7 or x_m8), %2$s] as counts
                from assessed
                union all
                select 'R', id, name, cast(rank as integer), null from (%3$s) r
                union all
                select 'X', id, name, cast(row_number() over (order by %4$s) as integer), null from (
                  select id, name, last_name, first_name from assessed where %1$s%5$s order by %4$s limit :limit) x
                union all
                select 'E', id, name, cast(row_number() over (order by %4$s) as integer), null from (
                  select id, name, last_name, first_name from assessed
                  where x_m5 and employee_unit_id in (:unit, :releaseUnit)%5$s order by %4$s limit :limit) e
                """.formatted(EXCLUDED, counts, ranked, NAME_ORDER, filter);
        MapSqlParameterSource params = parameters(client, day, extraHours).addValue("limit", limit)
                .addValue("pattern", needle == null ? null : "%" + RegistrySearch.escapeLike(needle) + "%",
                        java.sql.Types.VARCHAR);
        Map<String, List<Listed>> lists = new LinkedHashMap<>();
        long[][] totals = new long[1][];
        jdbc.query(sql, params, rs -> {
            String kind = rs.getString("kind");
            if (kind.equals("C")) {
                totals[0] = Arrays.stream((Long[]) rs.getArray("counts").getArray()).mapToLong(Long::longValue).toArray();
            } else {
                lists.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new Listed(rs.getLong("id"), rs.getString("name"), rs.getInt("ord")));
            }
        });
        long[] t = totals[0];
        Map<Ground, Long> excludedBy = new LinkedHashMap<>();
        int i = 3;
        for (Ground ground : COLUMNS.keySet()) {
            long count = t[i++];
            if (count > 0 && !SENSITIVE.contains(ground)) {
                excludedBy.put(ground, count);
            }
        }
        return new Listing(ordered(lists, "R", true), ordered(lists, "X", false), ordered(lists, "E", false),
                (int) t[0], (int) t[1], excludedBy, t[2]);
    }

    /** One list in its order; only candidates keep their number (their rank), the excluded have none. */
    private static List<Listed> ordered(Map<String, List<Listed>> lists, String kind, boolean ranked) {
        return lists.getOrDefault(kind, List.of()).stream().sorted(Comparator.comparingInt(Listed::rank))
                .map(l -> ranked ? l : new Listed(l.mentorId(), l.name(), 0)).toList();
    }

    /** The rank of one mentor among every candidate for the client, empty when the SQL form excludes them. */
    OptionalInt rank(ClientFacts client, LocalDate day, BigDecimal extraHours, long mentorId) {
        String sql = assessed(CANDIDATES, client) + """
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
        String sql = assessed("m.id in (:ids)", client) + "select * from assessed";
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
    private static String assessed(String condition, ClientFacts client) {
        return ASSESSED.formatted(condition, needAreas(client));
    }

    /** How many of the client's need areas the mentor covers: one hashed set per need area (parameters need0, need1, …). */
    private static String needAreas(ClientFacts client) {
        if (client.needAreas().isEmpty()) {
            return "0";
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < client.needAreas().size(); i++) {
            terms.add("case when m.id in (select n.mentor_id from mentor_need_area n where n.need_area = :need" + i
                      + ") then 1 else 0 end");
        }
        return String.join(" + ", terms);
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
        MapSqlParameterSource parameters = new MapSqlParameterSource("client", client.clientId());
        List<NeedArea> needs = client.needAreas().stream().sorted().toList();
        for (int i = 0; i < needs.size(); i++) {
            parameters.addValue("need" + i, needs.get(i).name());
        }
        return parameters
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
