package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.insight.CourseFacts.MeetingFact;
import dk.kriminalforsorgen.mentorordning.insight.CourseFacts.ReportFact;

/**
 * Loads {@link CourseFacts} from the published read views: one open course (the course page's panel)
 * or every open course (the refresh job), in three queries whatever the number of courses.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseFactsQuery {

    private static final String COURSES = """
            select k.id, k.client_id, k.area_id, c.unit_id, k.state, k.planned_start, k.start_date,
                   k.responsible_user_id, k.responsible_name, coalesce(s.enabled, false) as responsible_enabled,
                   k.continues_after_release, k.has_no_continuation_reason, k.continuation_to_confirm,
                   k.continuation_raised_on, c.custody_status, c.expected_release_date, c.current_risk_level,
                   c.current_assessment_date, c.has_special_need, c.motivated, c.last_offer_date, c.offer_due,
                   coalesce(p.has_need, false) as has_need, coalesce(p.task_groups, 0) as task_groups
            from course_compliance_card k
            join client_eligibility_card c on c.id = k.client_id
            left join staff_card s on s.id = k.responsible_user_id
            left join action_plan_card p on p.course_id = k.id
            where k.state in ('PREPARING', 'ACTIVE')
            """;

    private final JdbcTemplate jdbc;

    /** The facts of one course, if it is open (preparing or active). */
    java.util.Optional<CourseFacts> open(long courseId) {
        Map<Long, CourseFacts> courses = new LinkedHashMap<>();
        jdbc.query(COURSES + " and k.id = ?", rs -> {
            courses.put(rs.getLong("id"), course(rs));
        }, courseId);
        return withChildren(courses, " where course_id = ?", courseId).values().stream().findFirst();
    }

    /** Every open course, by id. */
    Map<Long, CourseFacts> allOpen() {
        Map<Long, CourseFacts> courses = new LinkedHashMap<>();
        jdbc.query(COURSES + " order by k.id", rs -> {
            courses.put(rs.getLong("id"), course(rs));
        });
        String open = " where course_id in (select id from course_compliance_card where state in ('PREPARING', 'ACTIVE'))";
        return withChildren(courses, open);
    }

    private Map<Long, CourseFacts> withChildren(Map<Long, CourseFacts> courses, String where, Object... args) {
        if (courses.isEmpty()) {
            return courses;
        }
        Map<Long, List<MeetingFact>> meetings = new HashMap<>();
        jdbc.query("select course_id, kind, held_on from course_meeting_card" + where, rs -> {
            meetings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new MeetingFact(rs.getString(2), rs.getDate(3).toLocalDate()));
        }, args);
        Map<Long, List<ReportFact>> reports = new HashMap<>();
        // A draft that is no telephone report fulfils no rule (S1-S3 look only at reports that fulfil): not read.
        jdbc.query("select course_id, kind, period_start from status_report_card" + where
                   + " and (status <> 'DRAFT' or channel = 'TELEPHONE')", rs -> {
            reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new ReportFact(rs.getString(2), rs.getDate(3).toLocalDate(), true));
        }, args);
        Map<Long, CourseFacts> complete = new LinkedHashMap<>();
        courses.forEach((id, facts) -> complete.put(id,
                facts.with(meetings.getOrDefault(id, List.of()), reports.getOrDefault(id, List.of()))));
        return complete;
    }

    private static CourseFacts course(ResultSet rs) throws SQLException {
        return new CourseFacts(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("area_id"),
                (Long) rs.getObject("unit_id", Long.class), rs.getString("state"), date(rs, "planned_start"),
                date(rs, "start_date"), (Long) rs.getObject("responsible_user_id", Long.class),
                rs.getString("responsible_name"), rs.getBoolean("responsible_enabled"),
                (Boolean) rs.getObject("continues_after_release", Boolean.class), rs.getBoolean("has_no_continuation_reason"),
                rs.getString("continuation_to_confirm"), date(rs, "continuation_raised_on"),
                rs.getString("custody_status"), date(rs, "expected_release_date"), rs.getString("current_risk_level"),
                date(rs, "current_assessment_date"), rs.getBoolean("has_special_need"),
                (Boolean) rs.getObject("motivated", Boolean.class), date(rs, "last_offer_date"),
                rs.getBoolean("offer_due"), rs.getBoolean("has_need"), rs.getInt("task_groups"), List.of(), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
