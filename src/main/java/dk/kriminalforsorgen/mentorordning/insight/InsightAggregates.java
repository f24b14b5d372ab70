package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the summary tables the insight pages read: the compliance of every open course and the
 * national figures of the last {@value #QUARTERS} quarters (plus today's registry snapshot). One
 * transaction, so a page sees either the old or the new summaries, never half. The cost grows with
 * the data, not with the number of page views: pages never scan reports or meetings. Also the totals of the
 * data-quality lists (issue 10/13).
 */
@Service
public class InsightAggregates {

    static final int QUARTERS = 8;

    /** How many courses' compliance items one insert writes (17 rows a course). */
    private static final int COURSES_PER_INSERT = 5_000;

    private final JdbcTemplate jdbc;
    private final CourseFactsQuery facts;
    private final FigureSql figures;
    private final ComplianceRules rules;
    private final InsightSettings settings;
    private final DataQuality dataQuality;
    private final Clock clock;
    private final String statementTimeout;

    InsightAggregates(JdbcTemplate jdbc, CourseFactsQuery facts, FigureSql figures, InsightSettings settings,
                      DataQuality dataQuality, Clock clock,
                      @Value("${mentorordning.database.job-statement-timeout}") Duration statementTimeout) {
        this.jdbc = jdbc;
        this.statementTimeout = statementTimeout.toMillis() + "ms";
        this.dataQuality = dataQuality;
        this.facts = facts;
        this.figures = figures;
        this.rules = new ComplianceRules(settings);
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void rebuild() {
        long started = System.nanoTime();
        // A whole-data summary, not a page: its transaction gets the jobs' statement timeout instead of the pages' (AV2).
        jdbc.queryForObject("select set_config('statement_timeout', ?, true)", String.class, statementTimeout);
        LocalDate today = LocalDate.now(clock);
        LocalDate current = Quarter.of(today).start();
        figures.refresh(current.minusMonths(3L * (QUARTERS - 1)), current, today, settings);
        rebuildCompliance(today);
        dataQuality.recount(today);
        long millis = (System.nanoTime() - started) / 1_000_000;
        jdbc.update("""
                insert into insight_refresh (id, refreshed_at, duration_ms) values (1, ?, ?)
                on conflict (id) do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms
                """, Timestamp.from(Instant.now(clock)), millis);
    }

    /** True until the first rebuild has finished on this database. */
    public boolean neverBuilt() {
        Integer built = jdbc.queryForObject("select count(*) from insight_refresh", Integer.class);
        return built == null || built == 0;
    }

    private void rebuildCompliance(LocalDate today) {
        jdbc.update("delete from insight_course_compliance");
        List<CourseFacts> courses = new ArrayList<>(facts.allOpen().values());
        // Issue 10: one insert per chunk of courses, each row an element of the arrays (a batch of single-row
        // inserts ran one statement per course and rule: 600,000 at ten times national scale)
        for (int from = 0; from < courses.size(); from += COURSES_PER_INSERT) {
            insertCompliance(courses.subList(from, Math.min(courses.size(), from + COURSES_PER_INSERT)), today);
        }
        countCompliance();
    }

    private void insertCompliance(List<CourseFacts> courses, LocalDate today) {
        List<Long> course = new ArrayList<>();
        List<Long> area = new ArrayList<>();
        List<Long> unit = new ArrayList<>();
        List<Long> responsible = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        List<String> status = new ArrayList<>();
        List<String> due = new ArrayList<>();
        for (CourseFacts c : courses) {
            for (ComplianceItem item : rules.evaluate(c, today)) {
                course.add(c.courseId());
                area.add(c.areaId());
                unit.add(c.unitId());
                responsible.add(c.responsibleUserId());
                rule.add(item.ruleId());
                status.add(item.status().name());
                due.add(item.dueOn() == null ? null : item.dueOn().toString());
            }
        }
        if (course.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into insight_course_compliance (course_id, area_id, unit_id, responsible_user_id, rule_id, status, due_on)
                select * from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]),
                                     cast(? as varchar[]), cast(? as varchar[]), cast(? as date[]))
                """, course.toArray(Long[]::new), area.toArray(Long[]::new), unit.toArray(Long[]::new),
                responsible.toArray(Long[]::new), rule.toArray(String[]::new), status.toArray(String[]::new),
                due.toArray(String[]::new));
    }

    /** The roll-up's counts (V602), so that no page groups the course items itself. */
    private void countCompliance() {
        jdbc.update("delete from insight_compliance_count");
        jdbc.update("""
                insert into insight_compliance_count (area_id, rule_id, status, items)
                select area_id, rule_id, status, count(*) from insight_course_compliance group by 1, 2, 3
                """);
        jdbc.update("delete from insight_compliance_group");
        String group = """
                insert into insight_compliance_group (dimension, area_id, group_id, name, courses, courses_overdue, overdue, due)
                select '%s', x.area_id, %s, %s, count(distinct x.course_id),
                       count(distinct x.course_id) filter (where x.status = 'OVERDUE'),
                       count(*) filter (where x.status = 'OVERDUE'), count(*) filter (where x.status = 'DUE')
                from insight_course_compliance x group by x.area_id, 3
                """;
        jdbc.update(group.formatted("AREA", "x.area_id", "(select a.name from area_card a where a.id = x.area_id)"));
        jdbc.update(group.formatted("UNIT", "x.unit_id", "(select u.name from unit_card u where u.id = x.unit_id)"));
        jdbc.update(group.formatted("RESPONSIBLE", "x.responsible_user_id",
                "(select s.display_name from staff_card s where s.id = x.responsible_user_id)"));
    }
}
