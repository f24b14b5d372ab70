package dk.kriminalforsorgen.mentorordning.security;

import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * AS3: matches the provider's user to a local account by the configured claim ({@code user-claim}, stored as
 * the account's external id). Role, area and unit come from the account alone, never from the provider. An
 * unknown or disabled account is refused, audited and logged; the user sees the Danish refusal page.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ACCOUNT_REFUSED = "mentorordning_account_refused";
    static final String LOGIN_SSO_REFUSED = "LOGIN_SSO_REFUSED";
    private static final int MAX_AUDITED_NAME = 100;

    private final OidcUserService provider = new OidcUserService();
    private final String userClaim;
    private final SingleSignOnAccounts accounts;
    private final AuditService audit;
    private final SecurityEventLog securityLog;

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser providerUser = provider.loadUser(request);
        Object claim = providerUser.getClaims().get(userClaim);
        String externalId = claim == null ? "" : claim.toString();
        AppUser account = accounts.findByExternalId(externalId).orElse(null);
        if (account == null) {
            throw refuse(externalId, "unknown");
        }
        if (!account.isEnabled()) {
            throw refuse(externalId, "disabled");
        }
        return new StaffOidcUser(new CurrentUser(account), providerUser, userClaim);
    }

    private OAuth2AuthenticationException refuse(String externalId, String reason) {
        String shown = externalId.length() <= MAX_AUDITED_NAME ? externalId : externalId.substring(0, MAX_AUDITED_NAME);
        audit.recordSeparately(new AuditActor(null, shown, null, null), LOGIN_SSO_REFUSED, "USER", null, reason);
        securityLog.event(LOGIN_SSO_REFUSED, shown, Map.of("reason", reason));
        return new OAuth2AuthenticationException(new OAuth2Error(ACCOUNT_REFUSED), "account " + reason);
    }
}
