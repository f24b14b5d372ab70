package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How users sign in (issue 14), beside {@link SecurityProperties} under the same prefix
 * {@code mentorordning.security}; the values are in application.yml only.
 *
 * @param localLoginEnabled whether the user-name-and-password form is offered (the embedded default); production
 *                          with single sign-on may switch it off, the log-in page then offers only the provider
 * @param passwordHashIterations AS2: PBKDF2-HMAC-SHA256 iterations of new password hashes (OWASP: 600,000)
 * @param sso the OpenID Connect provider; off while its issuer is blank
 */
@Validated
@ConfigurationProperties("mentorordning.security")
public record SignInProperties(boolean localLoginEnabled, @Min(1000) int passwordHashIterations,
                               @Valid @NotNull SingleSignOn sso) {

    /**
     * The staff's OpenID Connect provider (AS3). Roles, area and unit always come from the local account the
     * provider's user is matched to, never from the provider's claims.
     *
     * @param issuerUri the provider's issuer (its discovery document is read at start-up); blank: no single sign-on
     * @param clientId this application's client id at the provider
     * @param clientSecret its secret
     * @param userClaim the claim of the ID token matched to {@code app_user.external_id} (a stable {@code sub}, or
     *                  an employee number claim)
     * @param providerName the provider's name on the log-in button ("Log ind med ...")
     */
    public record SingleSignOn(String issuerUri, String clientId, String clientSecret,
                               @NotBlank String userClaim, @NotBlank String providerName) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /** The shipped values of application.yml, for tests that need no running application. */
    public static SignInProperties defaults() {
        return ShippedDefaults.bind("mentorordning.security", SignInProperties.class);
    }
}
