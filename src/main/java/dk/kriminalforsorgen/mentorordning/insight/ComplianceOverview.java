package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * The compliance panel of one course (computed live: one course is bounded) and its roll-up per
 * area, unit and responsible person (read from insight_course_compliance and the counts of V602, all
 * rebuilt by the refresh job; bounded lists, issue 10).
 * Area scoping: a coordinator's roll-up and lists are always their own area whatever is asked; the
 * directorate sees every area but never a client's name (national figures are counts, AZ5).
 */
@Service
public class ComplianceOverview {

    /** The roll-up of one scope: counts per rule and status. */
    public record RuleCounts(Rule rule, Map<ComplianceStatus, Long> counts) {

        public long count(ComplianceStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    /** One row of a roll-up per area, unit or responsible person. */
    public record GroupRow(Long id, String name, long courses, long coursesOverdue, long overdue, long due) {
    }

    /** A course behind a count; the client's name only where the user may see the client. */
    public record Line(long courseId, Long clientId, String clientName, String areaName, String unitName,
                       String responsibleName, Rule rule, ComplianceStatus status, LocalDate dueOn, String fixPath) {
    }

    /** The first rows of a roll-up per unit or responsible person (most overdue first) and how many there are. */
    public record GroupRows(List<GroupRow> rows, int total) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /**
     * A scope's roll-up: counts per rule, the groups, the first overdue items and how many there are in all.
     * Everything is read from the summaries the refresh job counted (V602), never grouped per view.
     */
    public record Rollup(Long areaId, List<RuleCounts> rules, List<GroupRow> areas, GroupRows units,
                         GroupRows responsibles, List<Line> overdue, long overdueTotal, LocalDate refreshedOn,
                         boolean withNames) {
    }

    /** How many rows a list page, and the overdue list and each group table of the roll-up, show at most (issue 10). */
    public static final int PAGE_SIZE = 100;
    static final int PANEL_SIZE = 25;

    private final JdbcTemplate jdbc;
    private final CourseFactsQuery facts;
    private final ComplianceRules rules;
    private final AccessChecker access;
    private final Clock clock;

    ComplianceOverview(JdbcTemplate jdbc, CourseFactsQuery facts, InsightSettings settings, AccessChecker access,
                       Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.rules = new ComplianceRules(settings);
        this.access = access;
        this.clock = clock;
    }

    /** The panel of one open course for the course page, or empty (ended course, or another area). */
    public Optional<List<ComplianceItem>> coursePanel(long courseId) {
        return facts.open(courseId).filter(c -> access.canSee(c.areaId()))
                .map(c -> rules.evaluate(c, LocalDate.now(clock)));
    }

    /** The area the user's roll-up covers: a coordinator's own; the directorate's choice (null = national). */
    public Long scope(Long requestedArea) {
        Long own = access.areaFilter();
        return own != null ? own : requestedArea;
    }

    public Rollup rollup(Long requestedArea) {
        Long area = scope(requestedArea);
        boolean names = access.areaFilter() != null;
        Map<Rule, Map<ComplianceStatus, Long>> counts = new LinkedHashMap<>();
        ComplianceRules.RULES.forEach(r -> counts.put(r, new EnumMap<>(ComplianceStatus.class)));
        jdbc.query("""
                select rule_id, status, sum(items) from insight_compliance_count
                where cast(? as bigint) is null or area_id = ? group by rule_id, status
                """, rs -> {
                    Map<ComplianceStatus, Long> byStatus = counts.get(Rule.valueOf(rs.getString(1)));
                    if (byStatus != null) {
                        byStatus.put(ComplianceStatus.valueOf(rs.getString(2)), rs.getLong(3));
                    }
                }, area, area);
        List<RuleCounts> ruleCounts = counts.entrySet().stream().map(e -> new RuleCounts(e.getKey(), e.getValue())).toList();
        long overdueTotal = ruleCounts.stream().mapToLong(r -> r.count(ComplianceStatus.OVERDUE)).sum();
        if (area == null) {
            return new Rollup(null, ruleCounts, groups("AREA", null, Integer.MAX_VALUE).rows(), new GroupRows(List.of(), 0),
                    new GroupRows(List.of(), 0), List.of(), overdueTotal, refreshedOn(), names);
        }
        return new Rollup(area, ruleCounts, List.of(), groups("UNIT", area, PANEL_SIZE), groups("RESPONSIBLE", area, PANEL_SIZE),
                lines(area, null, ComplianceStatus.OVERDUE, null, null, names, 0, PANEL_SIZE), overdueTotal, refreshedOn(), names);
    }

    /** The coordinator's start page: how many rule items of their area are overdue. */
    public long overdueCount(long areaId) {
        Long n = jdbc.queryForObject("select coalesce(sum(items), 0) from insight_compliance_count where area_id = ? and status = ?",
                Long.class, areaId, ComplianceStatus.OVERDUE.name());
        return n == null ? 0 : n;
    }

    /** The courses behind one count of the roll-up, a page of {@link #PAGE_SIZE} at a time (one more row says more follow). */
    public List<Line> lines(Long requestedArea, Rule rule, ComplianceStatus status, Long unitId, Long responsibleId, int page) {
        return lines(scope(requestedArea), rule, status, unitId, responsibleId, access.areaFilter() != null,
                Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE + 1);
    }

    private List<Line> lines(Long area, Rule rule, ComplianceStatus status, Long unitId, Long responsibleId, boolean names,
                             int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select x.course_id, k.client_id, c.first_name || ' ' || c.last_name, a.name, u.name, k.responsible_name,
                       x.rule_id, x.status, x.due_on
                from insight_course_compliance x
                join course_card k on k.id = x.course_id
                join client_card c on c.id = k.client_id
                join area_card a on a.id = x.area_id
                left join unit_card u on u.id = x.unit_id
                where true
                """);
        List<Object> args = new ArrayList<>();
        condition(sql, args, "x.area_id", area);
        condition(sql, args, "x.rule_id", rule == null ? null : rule.name());
        condition(sql, args, "x.status", status == null ? null : status.name());
        condition(sql, args, "x.unit_id", unitId);
        condition(sql, args, "x.responsible_user_id", responsibleId);
        sql.append(" order by x.due_on nulls last, x.course_id, x.rule_id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), (rs, i) -> {
            Rule r = Rule.valueOf(rs.getString(7));
            long courseId = rs.getLong(1);
            long clientId = rs.getLong(2);
            Date due = rs.getDate(9);
            return new Line(courseId, names ? clientId : null, names ? rs.getString(3) : null, rs.getString(4),
                    rs.getString(5), rs.getString(6), r, ComplianceStatus.valueOf(rs.getString(8)),
                    due == null ? null : due.toLocalDate(), names ? fixPath(r, courseId, clientId) : null);
        }, args.toArray());
    }

    /** Where a rule of a course is put right (the same targets as the course panel's links). */
    static String fixPath(Rule rule, long courseId, long clientId) {
        return switch (rule) {
            case E1 -> "/klienter/" + clientId + "/vurdering";
            case E2, E3 -> "/klienter/" + clientId + "/behov";
            case E9 -> "/klienter/" + clientId + "/tilbud";
            case C4, C6 -> "/forloeb/" + courseId + "/handleplan";
            case C5 -> "/forloeb/" + courseId + "/opstartsmoede";
            case C8 -> "/forloeb/" + courseId + "/opfoelgning";
            case S1, S2, S3 -> "/forloeb/" + courseId + "/rapporter";
            default -> "/forloeb/" + courseId;
        };
    }

    private GroupRows groups(String dimension, Long area, int limit) {
        List<GroupRow> rows = jdbc.query("""
                select group_id, name, courses, courses_overdue, overdue, due from insight_compliance_group
                where dimension = ? and (cast(? as bigint) is null or area_id = ?)
                order by overdue desc, name nulls last, group_id limit ?
                """, (rs, i) -> new GroupRow((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)), dimension, area, area, limit);
        Integer total = rows.size() < limit ? Integer.valueOf(rows.size()) : jdbc.queryForObject(
                "select count(*) from insight_compliance_group where dimension = ? and (cast(? as bigint) is null or area_id = ?)",
                Integer.class, dimension, area, area);
        return new GroupRows(rows, total == null ? 0 : total);
    }

    private LocalDate refreshedOn() {
        List<java.sql.Timestamp> at = jdbc.queryForList("select refreshed_at from insight_refresh where id = 1",
                java.sql.Timestamp.class);
        return at.isEmpty() ? null : LocalDate.ofInstant(at.get(0).toInstant(), clock.getZone());
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
