package dk.kriminalforsorgen.mentorordning.client;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;

/**
 * Configurable values of clients ({@code mentorordning.client.*}). The values are in application.yml only;
 * a missing value stops the application at start-up.
 *
 * @param assessmentMaxAge E1: a latest LS/RNR assessment older than this gives a warning
 * @param directoratePurposeValidity AZ5: how long a purpose recorded by the directorate opens one client record
 */
@Validated
@ConfigurationProperties("mentorordning.client")
public record ClientProperties(@NotNull Period assessmentMaxAge, @NotNull Duration directoratePurposeValidity) {

    /** The shipped values of application.yml, for tests that need no running application. */
    public static ClientProperties defaults() {
        return ShippedDefaults.bind("mentorordning.client", ClientProperties.class);
    }
}
