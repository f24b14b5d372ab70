package dk.kriminalforsorgen.mentorordning.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS2: at a successful log-in whose stored hash is of an older setting (fewer iterations, another encoder),
 * Spring Security hands the password, newly encoded, to this service, which stores it on the account.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordUpgrade implements UserDetailsPasswordService {

    static final String PASSWORD_REHASHED = "PASSWORD_REHASHED";

    private final AppUserRepository users;
    private final SecurityEventLog securityLog;
    private final Clock clock;

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        AppUser account = users.findById(((CurrentUser) user).id()).orElseThrow();
        account.changePasswordHash(newEncodedPassword, Instant.now(clock));
        users.saveAndFlush(account);
        securityLog.event(PASSWORD_REHASHED, account.getUsername(), Map.of());
        return new CurrentUser(account);
    }
}
