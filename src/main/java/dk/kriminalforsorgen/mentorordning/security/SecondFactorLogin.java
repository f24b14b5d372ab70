package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS3: the step between the password and the application. After a correct password a user who must pass a second
 * factor gets a session that carries only the authority {@value #PENDING} (no role), and {@link SecondFactorGate}
 * sends every request of that session to the code page ({@value #CODE_PAGE}) or, when the user has no
 * authenticator yet, to the enrolment page ({@value #ENROL_PAGE}). A correct code replaces it by the user's full
 * authentication, with a new session id (AS5). Wrong codes count toward the log-in lock-out (AS4): the lock-out
 * counter is reset only when the second factor is passed, and a user locked here is signed out.
 * <p>
 * Spring Security 7's own multi-factor support ({@code FactorGrantedAuthority}) is built around its own factors
 * (one-time tokens, WebAuthn) and rules that every route must name; the feature routes here are {@code RouteAccess}
 * beans, and the required roles are configuration, so one intermediate authority and one gate are simpler to prove.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SecondFactorLogin implements AuthenticationSuccessHandler {

    public static final String PENDING = "SECOND_FACTOR_PENDING";
    public static final String CODE_PAGE = "/login/kode";
    public static final String ENROL_PAGE = "/login/tofaktor";
    public static final String RECOVERY_CODES_PAGE = "/login/gendannelseskoder";

    private final SecondFactor secondFactor;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler afterLogin = RelativeRedirects.afterLogin();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        if (!secondFactor.requiredFor(user)) {
            throttle.reset(LoginThrottle.accountKey(user.id()));
            afterLogin.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(PENDING)));
        save(pending, request, response);
        RelativeRedirects.pathOnly(request, response, secondFactor.enrolled(user.id()) ? CODE_PAGE : ENROL_PAGE);
    }

    /** The user of a session that has passed the password but not yet the second factor. */
    public static Optional<CurrentUser> pendingUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (isPending(authentication) && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> PENDING.equals(authority.getAuthority()));
    }

    /** The second factor is passed: the session gets the user's role, a new id, and the lock-out counter is reset. */
    public void complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        throttle.reset(LoginThrottle.accountKey(user.id()));
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    /**
     * A wrong code: counted toward the lock-out. Returns true when the account is now locked, in which case the
     * session is ended and the user must start again at the log-in page.
     */
    public boolean failed(CurrentUser user, HttpServletRequest request) {
        boolean locked = throttle.recordFailure(LoginThrottle.accountKey(user.id())) || throttle.isLocked(LoginThrottle.accountKey(user.id()));
        if (locked) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        return locked;
    }

    /** A locked account is refused before any code is checked. */
    public boolean locked(CurrentUser user) {
        return throttle.isLocked(LoginThrottle.accountKey(user.id()));
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
