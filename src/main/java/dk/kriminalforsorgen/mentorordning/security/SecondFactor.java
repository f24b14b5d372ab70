package dk.kriminalforsorgen.mentorordning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * AS3: the second factor of local accounts, a TOTP authenticator with ten one-time recovery codes. Who must pass
 * it: every user whose role is in {@code second-factor.required-roles}, and every user who has enrolled one. A code
 * is accepted once: its time step must be later than the last accepted one (replay refused, atomically in SQL). A
 * recovery code is stored hashed and used once. Enrolment, use of a recovery code and every failure are audited and
 * logged as security events (AU1, AU4); failures count toward the log-in lock-out (AS4, in {@link SecondFactorLogin}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SecondFactor {

    public static final int RECOVERY_CODES = 10;
    static final String SUBJECT = "USER";
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcTemplate jdbc;
    private final SecretSeal seal;
    private final SecondFactorProperties properties;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A secret offered for enrolment: not stored until the user confirms it with a code. */
    public record Enrolment(String secret, String groupedSecret, String qrDataUri) {
    }

    /** The result of a code typed at sign-in. */
    public enum Outcome { TOTP_ACCEPTED, RECOVERY_CODE_ACCEPTED, REFUSED }

    /** Whether {@code user} must pass a second factor after the password. */
    public boolean requiredFor(CurrentUser user) {
        return properties.requiredRoles().contains(user.role()) || enrolled(user.id());
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return !jdbc.queryForList("select 1 from user_totp where user_id = ?", Integer.class, userId).isEmpty();
    }

    /** A new secret with its QR code and its text for typing, for {@code username}'s authenticator app. */
    public Enrolment offer(String username) {
        return offer(username, TotpCodes.newSecret());
    }

    /** The same secret offered again (after a wrong code, so an app set up already keeps working). */
    public Enrolment offer(String username, String secret) {
        return new Enrolment(secret, TotpCodes.grouped(secret), TotpCodes.qrDataUri(properties.issuer(), username, secret));
    }

    /**
     * Confirms an enrolment with a code of the offered secret: stores the secret (replacing an earlier one) and ten new
     * recovery codes, and returns those codes, to be shown once. Null when the code is wrong.
     */
    @Transactional
    public List<String> confirm(CurrentUser user, String secret, String code) {
        Instant now = Instant.now(clock);
        OptionalLong step = TotpCodes.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            failed(user, "enrolment code");
            return null;
        }
        jdbc.update("delete from user_totp where user_id = ?", user.id());
        jdbc.update("insert into user_totp (user_id, secret_sealed, last_used_step, confirmed_at) values (?, ?, ?, ?)",
                user.id(), seal.seal(secret), step.getAsLong(), Timestamp.from(now));
        List<String> codes = newRecoveryCodes(user.id(), now);
        audit.record("SECOND_FACTOR_ENROLLED", SUBJECT, user.id(), "TOTP, " + RECOVERY_CODES + " recovery codes");
        securityLog.event("SECOND_FACTOR_ENROLLED", user.getUsername(), Map.of());
        return codes;
    }

    /** Checks a code typed at sign-in: a TOTP code of a step not used before, or an unused recovery code. */
    @Transactional
    public Outcome verify(CurrentUser user, String typed) {
        Instant now = Instant.now(clock);
        List<String> sealed = jdbc.queryForList("select secret_sealed from user_totp where user_id = ?", String.class,
                user.id());
        if (!sealed.isEmpty()) {
            OptionalLong step = TotpCodes.matchingStep(seal.open(sealed.get(0)), typed, now);
            // the step must be later than the last one used: a replayed (or older) code changes no row
            if (step.isPresent() && jdbc.update("update user_totp set last_used_step = ? where user_id = ? and last_used_step < ?",
                    step.getAsLong(), user.id(), step.getAsLong()) == 1) {
                return Outcome.TOTP_ACCEPTED;
            }
            if (step.isPresent()) {
                failed(user, "replayed code");
                return Outcome.REFUSED;
            }
        }
        String normalised = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (normalised.length() == 12 && jdbc.update("""
                update user_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null""",
                Timestamp.from(now), user.id(), sha256(normalised)) == 1) {
            Integer left = jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ? and used_at is null",
                    Integer.class, user.id());
            audit.recordSeparately(actor(user), "SECOND_FACTOR_RECOVERY_CODE_USED", SUBJECT, user.id(), left + " left");
            securityLog.event("SECOND_FACTOR_RECOVERY_CODE_USED", user.getUsername(), Map.of("left", String.valueOf(left)));
            return Outcome.RECOVERY_CODE_ACCEPTED;
        }
        failed(user, "wrong code");
        return Outcome.REFUSED;
    }

    /** How many unused recovery codes the user has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long userId) {
        Integer left = jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ? and used_at is null",
                Integer.class, userId);
        return left == null ? 0 : left;
    }

    private List<String> newRecoveryCodes(long userId, Instant now) {
        jdbc.update("delete from user_recovery_code where user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            String code = randomCode();
            if (!codes.contains(code)) {
                codes.add(code);
                jdbc.update("insert into user_recovery_code (user_id, code_hash, created_at) values (?, ?, ?)",
                        userId, sha256(code), Timestamp.from(now));
            }
        }
        return codes.stream().map(code -> code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8))
                .toList();
    }

    /** Twelve characters of an alphabet without look-alikes (about 60 bits). */
    private String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Audited in a transaction of its own, so the failure stays recorded whatever happens next. */
    private void failed(CurrentUser user, String reason) {
        audit.recordSeparately(actor(user), "SECOND_FACTOR_FAILED", SUBJECT, user.id(), reason);
        securityLog.event("SECOND_FACTOR_FAILED", user.getUsername(), Map.of("reason", reason));
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.id(), user.getUsername(), user.role().name(), user.areaId());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
