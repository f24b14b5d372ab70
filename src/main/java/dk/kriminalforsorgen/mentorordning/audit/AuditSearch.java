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
        if (hasText(criteria.username())) {
            sql.append(" and lower(username) = lower(?)");
            args.add(criteria.username().trim());
        }
        if (hasText(criteria.action())) {
            sql.append(" and action = ?");
            args.add(criteria.action().trim());
        }
        if (hasText(criteria.subjectType())) {
            sql.append(" and subject_type = ?");
            args.add(criteria.subjectType().trim());
        }
        if (hasText(criteria.subjectId())) {
            sql.append(" and subject_id = ?");
            args.add(criteria.subjectId().trim());
        }
        if (criteria.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(criteria.from().atStartOfDay(ZONE).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(criteria.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
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

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
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
