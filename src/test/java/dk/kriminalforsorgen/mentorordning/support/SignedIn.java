package dk.kriminalforsorgen.mentorordning.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service-level test code as a demo user: takes the security context of a real log-in session
 * (see {@link LoginSessions}), or a real log-in's authentication (see {@link StateFactory#as}), and puts it on the
 * current thread, so services see a real CurrentUser.
 */
public final class SignedIn implements AutoCloseable {

    private SignedIn() {
    }

    public static SignedIn as(MockHttpSession session) {
        SecurityContext context = MockMvcSessionBridge.securityContextOf(session);
        if (context == null) {
            throw new IllegalStateException("session has no security context");
        }
        SecurityContextHolder.setContext(context);
        return new SignedIn();
    }

    /** The authentication (of a log-in made without a session) put on the current thread. */
    public static SignedIn as(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return new SignedIn();
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
