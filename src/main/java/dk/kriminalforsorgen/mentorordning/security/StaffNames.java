package dk.kriminalforsorgen.mentorordning.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Issue 16 (defect 10): pages show people by name, not by log-in name. Some records keep only the user name
 * of who acted (a mentor's status history, the directorate's approval case); templates show them as
 * {@code ${@staffNames.of(c.decidedBy)}}: the user's name, or the stored text itself when no user has it
 * (a name written by a batch job, or a user since removed). Names are kept for a few minutes, so a page
 * with many rows by the same people asks the database once per person, not once per row.
 */
@Component("staffNames")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffNames {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String name, Instant until) {
    }

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        Instant now = clock.instant();
        Known hit = known.get(username);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.name();
        }
        List<String> names = jdbc.queryForList("select display_name from staff_card where username = ?", String.class,
                username);
        String name = names.isEmpty() || names.get(0) == null ? username : names.get(0);
        if (known.size() > 10_000) {
            known.clear();
        }
        known.put(username, new Known(name, now.plus(KEPT)));
        return name;
    }
}
