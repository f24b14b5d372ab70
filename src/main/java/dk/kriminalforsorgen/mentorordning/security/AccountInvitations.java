package dk.kriminalforsorgen.mentorordning.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/**
 * Issue 14: accounts that their owners open themselves. An invitation is a one-time link with a random token (256
 * bits; only its SHA-256 hash is stored) that expires after {@code invitation.validity}; it lets the user set their
 * own password (AS1 rules), after which the sign-in asks for the second factor's enrolment where it is required
 * (AS3). A new invitation revokes the user's earlier ones. The link is shown once to the person who invited, for
 * hand-over, and e-mailed to the user's own address if they have one ({@link AccountInvitationIssued}, which the
 * notification module queues in its outbox in the same transaction; the token is kept there only until the e-mail
 * is sent). Mentor accounts (role MENTOR, linked to a registry mentor by the mentor module) and staff accounts (by
 * the directorate) are made here, and a password reset is a new invitation: nobody but the user ever chooses a
 * password.
 * <p>
 * Until the invitation is used, the account is enabled but has no usable password: its hash is of a random 256-bit
 * secret that is never stored or shown ({@link UserAdministration#unusablePasswordHash()}), so no password matches,
 * the sign-in fails like any wrong password (and counts towards the lockout), and the hash has the ordinary format
 * that the password encoder and the hash upgrade expect.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountInvitations {

    public static final String PATH = "/invitation/";
    private static final String SUBJECT = "USER";

    private final AppUserRepository users;
    private final UserAdministration administration;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SessionControl sessionControl;
    private final JdbcTemplate jdbc;
    private final InvitationProperties properties;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * An invitation just issued: the link's token (shown once, stored in clear only in the e-mail outbox until the
     * e-mail is sent), when it expires, and whether it was e-mailed too (the user has an e-mail address).
     */
    public record Issued(long userId, String username, String token, Instant expiresAt, boolean mailed) {

        public String path() {
            return PATH + token;
        }
    }

    /** What the invitation page shows before the password is set. */
    public record Valid(String username, String displayName) {
    }

    /**
     * A new user of role MENTOR named {@code username}, who can sign in only after setting a password through an
     * invitation. The mentor module links it to the registry mentor ({@code mentor.user_id}).
     */
    @Transactional
    public long createMentorAccount(String username, String displayName, String email) {
        String unusable = administration.unusablePasswordHash();
        AppUser user = administration.createWithHash(username, unusable, new Assignment(displayName, Role.MENTOR, null,
                null, false));
        if (email != null && !email.isBlank()) {
            try {
                administration.changeEmail(user.getId(), email);
            } catch (Refusal notAnAddress) {
                // the registry's address is not one we can mail to: the link is handed over instead
            }
        }
        return user.getId();
    }

    /**
     * Issue 14: the directorate creates a staff user without a password ({@link UserAdministration#createInvited}),
     * with the e-mail address the invitation is mailed to, and issues the first invitation, all in one transaction.
     * Every wrong field is refused at once (IN1).
     */
    @Transactional
    public Issued createStaffAccount(String username, String email, Assignment assignment) {
        AppUser user = administration.createInvited(username, email, assignment);
        return invite(user.getId());
    }

    /**
     * Issue 14: "reset the password" is a new invitation. The old password stops working at once (a reset is
     * usually asked for because it may be known to someone else), the user's sessions end (AS7), earlier links are
     * revoked, and the new link is shown once and e-mailed. The security log names the acting administrator.
     */
    @Transactional
    public Issued resetByInvitation(long userId) {
        administration.revokePassword(userId);
        return invite(userId);
    }

    /** Issues a new invitation for a user (revoking the earlier ones); audited, the token itself is not. */
    @Transactional
    public Issued invite(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        Instant now = Instant.now(clock);
        jdbc.update("update account_invitation set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null",
                Timestamp.from(now), userId);
        String token = randomToken();
        Instant expires = now.plus(properties.validity());
        String by = currentUsers.current().map(CurrentUser::getUsername).orElse("system");
        Long invitationId = jdbc.queryForObject("""
                insert into account_invitation (user_id, token_hash, created_at, created_by, expires_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class, userId, SecondFactor.sha256(token),
                Timestamp.from(now), by, Timestamp.from(expires));
        boolean mailed = user.isEnabled() && user.getEmail() != null;
        audit.record("USER_INVITED", SUBJECT, userId, "expires " + expires + (mailed ? ", e-mailed" : ", hand-over only"));
        securityLog.event("USER_INVITED", user.getUsername(), Map.of("by", by));
        // synchronous, in this transaction: the e-mail is queued with the invitation or neither is kept
        events.publishEvent(new AccountInvitationIssued(userId, invitationId, token, expires));
        return new Issued(userId, user.getUsername(), token, expires, mailed);
    }

    /** The invitation of a token if it can still be used: not used, not revoked, not expired. */
    @Transactional(readOnly = true)
    public Optional<Valid> check(String token) {
        return usable(token, false).map(row -> {
            AppUser user = users.findById(row.userId()).orElseThrow();
            return new Valid(user.getUsername(), user.getDisplayName());
        });
    }

    /**
     * Sets the user's password from an invitation and uses the invitation up. A password
     * that breaks AS1 is refused on the field {@code newPassword} and the link stays usable. Empty if the link is
     * used, revoked or expired, or the user is disabled.
     */
    @Transactional
    public Optional<String> accept(String token, String newPassword) {
        Optional<Row> row = usable(token, true);
        if (row.isEmpty()) {
            audit.recordSeparately(AuditActor.ANONYMOUS, "USER_INVITATION_REFUSED",
                    SUBJECT, null, "used, revoked, expired or unknown");
            return Optional.empty();
        }
        passwordPolicy.check("newPassword", newPassword);
        Instant now = Instant.now(clock);
        // the row lock makes a double submit use the link once
        if (jdbc.update("update account_invitation set used_at = ? where id = ? and used_at is null", Timestamp.from(now),
                row.get().id()) != 1) {
            return Optional.empty();
        }
        AppUser user = users.findById(row.get().userId()).orElseThrow();
        user.changePasswordHash(passwordEncoder.encode(newPassword), now);
        users.saveAndFlush(user);
        audit.recordSeparately(new AuditActor(user.getId(), user.getUsername(),
                user.getRole().name(), user.getAreaId()), "USER_INVITATION_ACCEPTED", SUBJECT, user.getId(), null);
        securityLog.event("USER_INVITATION_ACCEPTED", user.getUsername(), Map.of());
        return Optional.of(user.getUsername());
    }

    /**
     * Disables an account because its registry mentor was deactivated or retired: the live sessions end (AS7) and
     * open invitations are revoked. Called by the mentor module in its transaction.
     */
    @Transactional
    public void disableMentorAccount(long userId, String reason) {
        AppUser user = users.findById(userId).orElse(null);
        if (user == null || user.getRole() != Role.MENTOR) {
            return;
        }
        Instant now = Instant.now(clock);
        jdbc.update("update account_invitation set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null",
                Timestamp.from(now), userId);
        if (user.isEnabled()) {
            user.setEnabled(false, now);
            users.saveAndFlush(user);
            audit.record("USER_DISABLED", SUBJECT, userId, reason);
            securityLog.event("USER_DISABLED", user.getUsername(), Map.of("reason", reason));
        }
        sessionControl.endSessionsOf(userId);
    }

    /** Enables the account again when its registry mentor is reactivated. */
    @Transactional
    public void enableMentorAccount(long userId, String reason) {
        AppUser user = users.findById(userId).orElse(null);
        if (user != null && user.getRole() == Role.MENTOR && !user.isEnabled()) {
            user.setEnabled(true, Instant.now(clock));
            users.saveAndFlush(user);
            audit.record("USER_ENABLED", SUBJECT, userId, reason);
            securityLog.event("USER_ENABLED", user.getUsername(), Map.of("reason", reason));
        }
    }

    /** Whether a user name is free (for choosing a mentor account's name). */
    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    private record Row(long id, long userId) {
    }

    private Optional<Row> usable(String token, boolean lock) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        // a disabled user's link is refused too: an invitation never re-enables an account the directorate disabled
        List<Row> rows = jdbc.query("""
                select i.id, i.user_id from account_invitation i join app_user u on u.id = i.user_id
                where i.token_hash = ? and i.used_at is null and i.revoked_at is null and i.expires_at > ? and u.enabled
                """ + (lock ? "for update of i" : ""), (rs, i) -> new Row(rs.getLong("id"), rs.getLong("user_id")),
                SecondFactor.sha256(token), Timestamp.from(Instant.now(clock)));
        return rows.stream().findFirst();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
