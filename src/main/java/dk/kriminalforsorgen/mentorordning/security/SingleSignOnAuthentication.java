package dk.kriminalforsorgen.mentorordning.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * The session's authentication after a single sign-on: the local account ({@link CurrentUser}) as principal,
 * exactly as after a password log-in, so every page, {@link CurrentUsers}, the audit log, the absolute timeout
 * and ending a user's sessions (AS7, indexed by user name) work alike. Its own type tells how the user signed in.
 */
public final class SingleSignOnAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    SingleSignOnAuthentication(CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        super.setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("created authenticated only");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SingleSignOnAuthentication that && super.equals(that);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
