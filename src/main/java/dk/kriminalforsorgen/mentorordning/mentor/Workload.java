package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * M10 (§15): a mentor's total agreed hours over all active courses must stay within a half-time
 * position ({@link RegistryProperties#workloadCeilingHours()}). The sum is computed in SQL from the
 * view {@code mentor_agreed_hours}, the port for "agreed hours of active courses per mentor".
 * <p>
 * Until the course feature exists the view reads the table {@code mentor_commitment}, which demo data
 * and {@link #reserve} fill. The course feature will either call {@link #reserve}/{@link #release}
 * when it appoints a mentor or changes hours, or redefine the view over its own table; callers of this
 * class do not change.
 */
@Service
public class Workload {

    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final AuditService audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Workload(JdbcTemplate jdbc, RegistryProperties properties, AuditService audit, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public BigDecimal ceiling() {
        return properties.workloadCeilingHours();
    }

    /** Total agreed hours a week of the mentor's active courses. */
    @Transactional(readOnly = true)
    public BigDecimal agreedHours(long mentorId) {
        BigDecimal hours = jdbc.query("select agreed_hours from mentor_agreed_hours where mentor_id = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, mentorId);
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** What is left under the ceiling (may be negative when data was entered before the rule). */
    public BigDecimal capacityLeft(BigDecimal agreedHours) {
        return ceiling().subtract(agreedHours);
    }

    /**
     * M10 and CI2: adds hours to a mentor's workload unless the total would exceed the ceiling. The
     * mentor row is locked (SELECT … FOR UPDATE) first, so parallel reservations are serialised and
     * can never together exceed the ceiling.
     */
    @Transactional
    public long reserve(long mentorId, Long clientId, String description, BigDecimal hours) {
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.onField(Check.INPUT, "hours", "mentor.workload.hoursPositive");
        }
        List<Long> locked = jdbc.queryForList("select id from mentor where id = ? for update", Long.class, mentorId);
        if (locked.isEmpty()) {
            throw new NotFoundException("mentor " + mentorId);
        }
        BigDecimal agreed = agreedHours(mentorId);
        if (agreed.add(hours).compareTo(ceiling()) > 0) {
            throw Refusal.onField(Rule.M10, "hours", "mentor.rule.M10.notMet", agreed, hours, ceiling());
        }
        Instant now = Instant.now(clock);
        Long id = jdbc.queryForObject("""
                insert into mentor_commitment (mentor_id, client_id, description, hours_per_week, active, started_on,
                                               created_at, created_by)
                values (?, ?, ?, ?, true, ?, ?, ?) returning id
                """, Long.class, mentorId, clientId, description, hours, Date.valueOf(LocalDate.now(clock)),
                Timestamp.from(now), Objects.requireNonNullElse(currentUsers.currentActor().username(), "system"));
        audit.record("MENTOR_HOURS_RESERVED", "MENTOR", mentorId, "hours=" + hours + " client=" + clientId);
        return id;
    }

    /** Ends a commitment: its hours no longer count. */
    @Transactional
    public void release(long commitmentId) {
        Long mentorId = jdbc.query("select mentor_id from mentor_commitment where id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, commitmentId);
        if (mentorId == null) {
            throw new NotFoundException("commitment " + commitmentId);
        }
        jdbc.update("update mentor_commitment set active = false, ended_on = ? where id = ?",
                Date.valueOf(LocalDate.now(clock)), commitmentId);
        audit.record("MENTOR_HOURS_RELEASED", "MENTOR", mentorId, "commitment=" + commitmentId);
    }

    /** A mentor at or near the ceiling, for the coordinator's overview. */
    public record NearCeiling(long mentorId, String name, String status, BigDecimal agreedHours, BigDecimal left) {
        public boolean atCeiling() {
            return left.signum() <= 0;
        }
    }

    /** Approved or inactive mentors of an area (null: all) with less than the configured margin left. */
    @Transactional
    public List<NearCeiling> nearCeiling(Long areaId, int limit) {
        BigDecimal threshold = ceiling().subtract(properties.nearCeilingHours());
        List<NearCeiling> rows = jdbc.query("""
                select m.id, m.first_name || ' ' || m.last_name as name, m.status, h.agreed_hours
                from mentor m join mentor_agreed_hours h on h.mentor_id = m.id
                where m.status in ('APPROVED', 'INACTIVE') and h.agreed_hours >= ?
                  and (cast(? as bigint) is null or m.home_area_id = ?)
                order by h.agreed_hours desc, m.last_name, m.first_name, m.id
                limit ?
                """, (rs, i) -> new NearCeiling(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                ceiling().subtract(rs.getBigDecimal(4))), threshold, areaId, areaId, limit);
        audit.record("MENTOR_WORKLOAD_VIEWED", "MENTOR", null, "area=" + areaId + " rows=" + rows.size());
        return rows;
    }
}
