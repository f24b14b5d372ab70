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
 * area, unit and responsible person (read from insight_course_compliance, rebuilt by the refresh job).
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

    public record Rollup(Long areaId, List<RuleCounts> rules, List<GroupRow> areas, List<GroupRow> units,
                         List<GroupRow> responsibles, List<Line> overdue, LocalDate refreshedOn, boolean withNames) {
    }

    private static final int LIST_LIMIT = 500;

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
        String where = area == null ? "" : " where x.area_id = " + area;
        Map<Rule, Map<ComplianceStatus, Long>> counts = new LinkedHashMap<>();
        ComplianceRules.RULES.forEach(r -> counts.put(r, new EnumMap<>(ComplianceStatus.class)));
        jdbc.query("select rule_id, status, count(*) from insight_course_compliance x" + where + " group by rule_id, status",
                rs -> {
                    Map<ComplianceStatus, Long> byStatus = counts.get(Rule.valueOf(rs.getString(1)));
                    if (byStatus != null) {
                        byStatus.put(ComplianceStatus.valueOf(rs.getString(2)), rs.getLong(3));
                    }
                });
        List<RuleCounts> ruleCounts = counts.entrySet().stream().map(e -> new RuleCounts(e.getKey(), e.getValue())).toList();
        List<GroupRow> areas = area == null ? groups("x.area_id", "(select a.name from area_card a where a.id = x.area_id)", where) : List.of();
        List<GroupRow> units = area == null ? List.of()
                : groups("x.unit_id", "(select u.name from unit_card u where u.id = x.unit_id)", where);
        List<GroupRow> responsibles = area == null ? List.of()
                : groups("x.responsible_user_id", "(select s.display_name from staff_card s where s.id = x.responsible_user_id)", where);
        List<Line> overdue = area == null ? List.of() : lines(area, null, ComplianceStatus.OVERDUE, null, null, names);
        return new Rollup(area, ruleCounts, areas, units, responsibles, overdue, refreshedOn(), names);
    }

    /** The courses behind one count of the roll-up. */
    public List<Line> lines(Long requestedArea, Rule rule, ComplianceStatus status, Long unitId, Long responsibleId) {
        return lines(scope(requestedArea), rule, status, unitId, responsibleId, access.areaFilter() != null);
    }

    private List<Line> lines(Long area, Rule rule, ComplianceStatus status, Long unitId, Long responsibleId, boolean names) {
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
        sql.append(" order by x.due_on nulls last, x.course_id, x.rule_id limit ").append(LIST_LIMIT);
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

    private List<GroupRow> groups(String key, String name, String where) {
        return jdbc.query("""
                select %s, %s, count(distinct x.course_id),
                       count(distinct x.course_id) filter (where x.status = 'OVERDUE'),
                       count(*) filter (where x.status = 'OVERDUE'), count(*) filter (where x.status = 'DUE')
                from insight_course_compliance x%s
                group by 1 order by 2 nulls last
                """.formatted(key, name, where),
                (rs, i) -> new GroupRow((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
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
