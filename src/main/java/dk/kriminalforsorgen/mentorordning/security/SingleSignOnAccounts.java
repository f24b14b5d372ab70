package dk.kriminalforsorgen.mentorordning.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/**
 * AS3: which account a single sign-on user is ({@code app_user.external_id}, V032): the directorate stores the
 * provider's value of the matching claim on the account. Kept apart from {@link AppUser}'s other fields: only
 * the single sign-on reads it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SingleSignOnAccounts {

    public static final int MAX_EXTERNAL_ID = 200;

    private final JdbcTemplate jdbc;
    private final AppUserRepository users;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final CurrentUsers currentUsers;

    @Transactional(readOnly = true)
    Optional<AppUser> findByExternalId(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("select id from app_user where external_id = ?", Long.class, externalId);
        return ids.isEmpty() ? Optional.empty() : users.findById(ids.get(0));
    }

    @Transactional(readOnly = true)
    public Optional<String> externalIdOf(long userId) {
        return jdbc.queryForList("select external_id from app_user where id = ? and external_id is not null",
                String.class, userId).stream().findFirst();
    }

    /** Links the account to the provider's user (blank: unlinks it); audited and logged with the administrator. */
    @Transactional
    public void link(long userId, String externalId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        String value = externalId == null || externalId.isBlank() ? null : externalId.strip();
        if (value != null && value.length() > MAX_EXTERNAL_ID) {
            throw Refusal.onField(Check.USER_ACCOUNT, "externalId", "user.externalId.tooLong", MAX_EXTERNAL_ID);
        }
        if (value != null && findByExternalId(value).filter(other -> !other.getId().equals(userId)).isPresent()) {
            throw Refusal.onField(Check.USER_ACCOUNT, "externalId", "user.externalId.taken");
        }
        jdbc.update("update app_user set external_id = ? where id = ?", value, userId);
        audit.record("USER_SSO_LINKED", "USER", userId, value == null ? "fjernet" : "sat");
        securityLog.event("USER_SSO_LINKED", user.getUsername(),
                Map.of("by", currentUsers.current().map(CurrentUser::getUsername).orElse("system"), "linked", value != null));
    }
}
