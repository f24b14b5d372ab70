package dk.kriminalforsorgen.mentorordning.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * Log-in with throttling and auditing (AS4, AU1, AU4). The typed user name is first resolved to its
 * account with the one normalisation of {@link UserNames}; the lock is keyed on that account, so every
 * spelling of the name shares it, and a locked account is refused before the password is checked. Every
 * outcome is one {@link BadCredentialsException} to the page, so unknown user, wrong password, disabled
 * user and lock all show the same message.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    static final String LOGIN_FAILED = "LOGIN_FAILED";
    static final String LOGIN_LOCKED = "LOGIN_LOCKED";

    private final AuthenticationProvider passwordCheck;
    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final SecurityEventLog securityLog;

    @Override
    public Authentication authenticate(Authentication request) {
        String typed = String.valueOf(request.getName());
        String normalised = UserNames.normalise(typed);
        Optional<Long> account = users.findByNormalisedUsername(normalised).map(AppUser::getId);
        String lockKey = account.map(LoginThrottle::accountKey).orElseGet(() -> LoginThrottle.key(normalised));
        if (throttle.isLocked(lockKey)) {
            fail(typed, LOGIN_LOCKED, "locked");
        }
        try {
            UsernamePasswordAuthenticationToken resolved =
                    UsernamePasswordAuthenticationToken.unauthenticated(normalised, request.getCredentials());
            resolved.setDetails(request.getDetails());
            Authentication result = passwordCheck.authenticate(resolved);
            // the lock-out counter is reset by SecondFactorLogin, once the second factor (if required) is passed
            CurrentUser user = (CurrentUser) result.getPrincipal();
            audit.recordSeparately(new AuditActor(user.id(), user.getUsername(), user.role().name(), user.areaId()),
                    LOGIN_SUCCEEDED, "USER", user.id(), null);
            securityLog.event(LOGIN_SUCCEEDED, user.getUsername(), Map.of("role", user.role().name()));
            return result;
        } catch (AuthenticationException e) {
            boolean nowLocked = throttle.recordFailure(lockKey);
            fail(typed, nowLocked ? LOGIN_LOCKED : LOGIN_FAILED, e.getClass().getSimpleName());
            return null; // unreachable: fail always throws
        }
    }

    private void fail(String username, String event, String reason) {
        audit.recordSeparately(new AuditActor(null, truncate(username), null, null), event, "USER", null, reason);
        securityLog.event(event, username, Map.of("reason", reason));
        throw new BadCredentialsException("login refused");
    }

    private static String truncate(String username) {
        return username.length() <= 100 ? username : username.substring(0, 100);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
