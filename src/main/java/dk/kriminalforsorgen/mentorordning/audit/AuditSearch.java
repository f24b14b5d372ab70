package dk.kriminalforsorgen.mentorordning.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration;

/**
 * The directorate's search of the audit log. Newest first with a stable order (time, then id);
 * one page is fetched with one row extra to know whether there is a next page, so no count query
 * runs over a log that only grows.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditSearch {

    public static final int PAGE_SIZE = 50;
    /** The last page offered (10,000 rows): an offset never grows with the log. */
    static final int MAX_PAGE = 199;

    private static final ZoneId ZONE = ClockConfiguration.DANISH_TIME;

    private final JdbcTemplate jdbc;
    private final AuditService audit;

    public record Criteria(String username, String action, String subjectType, String subjectId,
                           LocalDate from, LocalDate to) {

        String describe() {
            return "bruger=" + blankToEmpty(username) + ", handling=" + blankToEmpty(action) + ", emnetype="
                    + blankToEmpty(subjectType) + ", emne=" + blankToEmpty(subjectId) + ", fra=" + from + ", til=" + to;
        }

        private static String blankToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    public record Page(List<AuditEvent> events, int page, boolean hasNext) {
    }

    /** Searching the audit log is itself recorded, with its criteria (the logging duty covers searches). */
    @Transactional
    public Page search(Criteria criteria, int page) {
        // Bounded offsets (issue 10): the log is searched by user, action, subject or dates, not paged to its end.
        int safePage = Math.max(0, Math.min(page, MAX_PAGE));
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, username, role, area_id, action, subject_type, subject_id, details,
                       purpose, request_id
                from audit_event where true""");
        List<Object> args = new ArrayList<>();
        where(sql, args, " and lower(username) = lower(?)", trimmed(criteria.username()));
        where(sql, args, " and action = ?", trimmed(criteria.action()));
        where(sql, args, " and subject_type = ?", trimmed(criteria.subjectType()));
        where(sql, args, " and subject_id = ?", trimmed(criteria.subjectId()));
        where(sql, args, " and occurred_at >= ?", startOf(criteria.from()));
        where(sql, args, " and occurred_at < ?", criteria.to() == null ? null : startOf(criteria.to().plusDays(1)));
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        args.add(PAGE_SIZE + 1);
        args.add(safePage * PAGE_SIZE);
        List<AuditEvent> rows = jdbc.query(sql.toString(), ROW, args.toArray());
        audit.record("AUDIT_SEARCH", "AUDIT_LOG", null, criteria.describe());
        boolean hasNext = rows.size() > PAGE_SIZE && safePage < MAX_PAGE;
        return new Page(rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows, safePage, hasNext);
    }

    /** The distinct actions, for the filter's drop-down. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        // A skip scan over the action index: cost grows with the number of actions, not of rows.
        return jdbc.queryForList("""
                with recursive actions(action) as (
                    select min(action) from audit_event
                    union all
                    select (select min(e.action) from audit_event e where e.action > actions.action)
                    from actions where actions.action is not null)
                select action from actions where action is not null""", String.class);
    }

    /** Adds the condition with its value, for a criterion the user gave (a null value: not given). */
    private static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            args.add(value);
        }
    }

    /** A text criterion without surrounding blanks; null when blank (not given). */
    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The start of the day in Danish time, or null. */
    private static Timestamp startOf(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("username"),
            rs.getString("role"),
            (Long) rs.getObject("area_id"),
            rs.getString("action"),
            rs.getString("subject_type"),
            rs.getString("subject_id"),
            rs.getString("details"),
            rs.getString("purpose"),
            rs.getString("request_id"));
}
