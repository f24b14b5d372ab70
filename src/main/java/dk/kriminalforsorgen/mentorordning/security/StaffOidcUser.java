package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user during the single sign-on, carrying the local account it was matched to. */
class StaffOidcUser extends DefaultOidcUser {

    private final CurrentUser account;

    StaffOidcUser(CurrentUser account, OidcUser providerUser, String userClaim) {
        super(account.getAuthorities(), providerUser.getIdToken(), providerUser.getUserInfo(), userClaim);
        this.account = account;
    }

    CurrentUser account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser user && super.equals(other) && user.account.equals(account);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
