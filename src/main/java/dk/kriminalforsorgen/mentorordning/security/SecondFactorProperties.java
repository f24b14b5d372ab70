package dk.kriminalforsorgen.mentorordning.security;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * AS3: the second factor ({@code mentorordning.security.second-factor.*}, values in application.yml only).
 *
 * @param requiredRoles the roles that must pass a second factor after the password (production: every role; the
 *                      demo and test profiles: none, so their users sign in with the password alone)
 * @param issuer the name an authenticator app shows next to the account
 */
@Validated
@ConfigurationProperties("mentorordning.security.second-factor")
public record SecondFactorProperties(@NotNull Set<Role> requiredRoles, @NotBlank String issuer) {

    public static SecondFactorProperties defaults() {
        return ShippedDefaults.bind("mentorordning.security.second-factor", SecondFactorProperties.class);
    }
}
