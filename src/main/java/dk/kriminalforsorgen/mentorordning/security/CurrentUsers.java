package dk.kriminalforsorgen.mentorordning.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditActorProvider;

/** Who is signed in, for services and for the audit log. */
@Component
public class CurrentUsers implements AuditActorProvider {

    /** The signed-in user; empty also while the second factor is not yet passed (AS3). */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SecondFactorLogin.isPending(authentication)) {
            return Optional.empty();
        }
        return principal(authentication);
    }

    private static Optional<CurrentUser> principal(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; only called where the URL rules already demand a log-in. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    @Override
    public AuditActor currentActor() {
        // between password and second factor the audit log still names the user
        return principal(SecurityContextHolder.getContext().getAuthentication())
                .map(u -> new AuditActor(u.id(), u.getUsername(), u.role().name(), u.areaId()))
                .orElse(AuditActor.ANONYMOUS);
    }
}
