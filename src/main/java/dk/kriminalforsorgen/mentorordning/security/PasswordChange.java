package dk.kriminalforsorgen.mentorordning.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Issue 14 (AS1): a user changes their own password. The current password is required (a borrowed, open
 * session is not enough; a wrong one counts towards the account's lock, AS4), the new one follows the
 * password rules, the change is audited, and the user's other sessions end (AS7).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PasswordChange {

    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final SessionControl sessionControl;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final Clock clock;

    /**
     * @param keptSessionId the session the user changes it in, which stays signed in
     * @return how many other sessions of the user were ended
     */
    @Transactional(noRollbackFor = Refusal.class)
    public int change(long userId, String currentPassword, String newPassword, String repeatedPassword,
                      String keptSessionId) {
        AppUser user = users.findById(userId).orElseThrow();
        List<RuleViolation> problems = new ArrayList<>();
        String lockKey = LoginThrottle.accountKey(userId);
        if (throttle.isLocked(lockKey)) {
            // AS4: a locked account is not a way round the lock for whoever holds an open session.
            throw Refusal.onField(Check.PASSWORD, "currentPassword", "password.current.locked");
        }
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(RuleViolation.onField(Check.PASSWORD, "currentPassword", "password.current.wrong"));
            throttle.recordFailure(lockKey);
            securityLog.event("PASSWORD_CHANGE_FAILED", user.getUsername(), Map.of("reason", "current password"));
        }
        try {
            passwordPolicy.check("newPassword", newPassword);
            if (newPassword.equals(currentPassword)) {
                problems.add(RuleViolation.onField(Check.PASSWORD, "newPassword", "password.same"));
            } else if (!newPassword.equals(repeatedPassword)) {
                problems.add(RuleViolation.onField(Check.PASSWORD, "repeatedPassword", "password.repeat.differs"));
            }
        } catch (Refusal weak) {
            problems.addAll(weak.violations());
        }
        Refusal.throwIfAny(problems);
        user.changePasswordHash(passwordEncoder.encode(newPassword), Instant.now(clock));
        users.saveAndFlush(user);
        int ended = sessionControl.endOtherSessionsOf(userId, keptSessionId);
        audit.record(PASSWORD_CHANGED, "USER", userId, "andre sessioner afsluttet: " + ended);
        securityLog.event(PASSWORD_CHANGED, user.getUsername(), Map.of("otherSessionsEnded", ended));
        return ended;
    }
}
