package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test fixture: hours a week a mentor has already committed outside the courses under test, as the
 * registry's {@code mentor_commitment} rows (which the demo data also writes). They count in the M10
 * sum ({@code mentor_agreed_hours}) while active.
 */
public final class OtherCommitments {

    private OtherCommitments() {
    }

    /** An active commitment of the mentor from the given day. */
    public static void active(JdbcTemplate jdbc, long mentorId, String hoursPerWeek, LocalDate since) {
        jdbc.update("""
                insert into mentor_commitment (mentor_id, description, hours_per_week, active, started_on, created_at,
                                               created_by)
                values (?, 'Anden opgave', ?, true, ?, now(), 'test')
                """, mentorId, new BigDecimal(hoursPerWeek), since);
    }

    /** A commitment for a client that has ended: it no longer counts in M10, but shows a previous course. */
    public static void ended(JdbcTemplate jdbc, long mentorId, Long clientId, LocalDate from, LocalDate to) {
        jdbc.update("""
                insert into mentor_commitment (mentor_id, client_id, description, hours_per_week, active, started_on,
                                               ended_on, created_at, created_by)
                values (?, ?, 'Tidligere forløb', 4, false, ?, ?, now(), 'test')
                """, mentorId, clientId, from, to);
    }
}
