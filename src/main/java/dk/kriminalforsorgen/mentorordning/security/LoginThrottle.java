package dk.kriminalforsorgen.mentorordning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS4: after {@code maxFailedLogins} failures in a row an account is locked for {@code lockout}.
 * The lock is keyed on the resolved account ({@link #accountKey}), so no spelling of its user name
 * (other case, a dotted capital I) escapes it; a user name that resolves to no account is counted
 * under its normalised spelling ({@link #key}), so the lock reveals nothing about which exist.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    @Transactional(readOnly = true)
    public boolean isLocked(String key) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from login_throttle where username_hash = ? and locked_until is not null",
                Timestamp.class, key);
        return !lockedUntil.isEmpty() && lockedUntil.get(0).toInstant().isAfter(Instant.now(clock));
    }

    /** Counts one failure under the key; returns true when this failure locked it. */
    @Transactional
    public boolean recordFailure(String key) {
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
    public void reset(String key) {
        jdbc.update("delete from login_throttle where username_hash = ?", key);
    }

    /** The lock key of an account, whatever spelling of its user name was typed. */
    static String accountKey(long userId) {
        return sha256("account:" + userId);
    }

    /** The lock key of a typed user name that resolves to no account. */
    static String key(String username) {
        return sha256(UserNames.normalise(username));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
