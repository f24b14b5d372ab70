package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * M10 (§15): a mentor's total agreed hours over all active courses must stay within a half-time
 * position ({@link RegistryProperties#workloadCeilingHours()}). The sum is computed in SQL from the
 * view {@code mentor_agreed_hours}, the port for "agreed hours of active courses per mentor".
 * <p>
 * The view sums the agreed hours of active courses (the course feature's table) and the registry's
 * other active commitments ({@code mentor_commitment}). The ceiling itself is checked where hours are
 * added: {@link AppointmentPolicy} via {@link MentorRegistry#assess}, which the course feature calls
 * when it appoints a mentor or changes the hours (under a lock on the mentor, CI2).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Workload {

    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final AuditService audit;

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
