package dk.kriminalforsorgen.mentorordning.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;

/**
 * Issue 14: invitations ({@code mentorordning.security.invitation.*}, values in application.yml only).
 *
 * @param validity how long an invitation link can be used to set a password
 */
@Validated
@ConfigurationProperties("mentorordning.security.invitation")
public record InvitationProperties(@NotNull Duration validity) {

    public static InvitationProperties defaults() {
        return ShippedDefaults.bind("mentorordning.security.invitation", InvitationProperties.class);
    }
}
