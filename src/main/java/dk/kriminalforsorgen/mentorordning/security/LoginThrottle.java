package dk.kriminalforsorgen.mentorordning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS4: after {@code maxFailedLogins} failures in a row a user name is locked for {@code lockout}.
 * Unknown and known user names are counted alike, so the lock reveals nothing about which exist.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from login_throttle where username_hash = ? and locked_until is not null",
                Timestamp.class, key(username));
        return !lockedUntil.isEmpty() && lockedUntil.get(0).toInstant().isAfter(Instant.now(clock));
    }

    /** Counts one failure; returns true when this failure locked the user name. */
    @Transactional
    public boolean recordFailure(String username) {
        String key = key(username);
        Instant now = Instant.now(clock);
        jdbc.update("""
                insert into login_throttle (username_hash, failed_attempts, last_failure_at)
                values (?, 0, ?) on conflict (username_hash) do nothing""", key, Timestamp.from(now));
        // The row lock serialises parallel failures for the same name, so none is lost.
        Integer failures = jdbc.queryForObject("""
                select case when locked_until is not null and locked_until <= ? then 0 else failed_attempts end
                from login_throttle where username_hash = ? for update""",
                Integer.class, Timestamp.from(now), key);
        int count = (failures == null ? 0 : failures) + 1;
        boolean lock = count >= properties.maxFailedLogins();
        jdbc.update("""
                update login_throttle set failed_attempts = ?, last_failure_at = ?, locked_until = ?
                where username_hash = ?""",
                lock ? 0 : count, Timestamp.from(now),
                lock ? Timestamp.from(now.plus(properties.lockout())) : null, key);
        return lock;
    }

    @Transactional
    public void reset(String username) {
        jdbc.update("delete from login_throttle where username_hash = ?", key(username));
    }

    static String key(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
