package dk.kriminalforsorgen.mentorordning.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Configurable values of log-in and sessions ({@code mentorordning.security.*}). The values are in
 * application.yml only; a missing or impossible value stops the application at start-up.
 *
 * @param maxFailedLogins failures in a row before the account is locked (AS4)
 * @param lockout how long a locked account stays locked (AS4)
 * @param absoluteSessionTimeout the longest a session may live, however active (AS6)
 */
@Validated
@ConfigurationProperties("mentorordning.security")
public record SecurityProperties(@Positive int maxFailedLogins, @NotNull Duration lockout,
                                 @NotNull Duration absoluteSessionTimeout) {

    /** The shipped values of application.yml, for tests that need no running application. */
    public static SecurityProperties defaults() {
        return ShippedDefaults.bind("mentorordning.security", SecurityProperties.class);
    }
}
