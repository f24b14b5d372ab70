package dk.kriminalforsorgen.mentorordning.client;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param assessmentMaxAge E1: a latest LS/RNR assessment older than this gives a warning (default 12 months)
 * @param directoratePurposeValidity AZ5: how long a purpose recorded by the directorate opens one client record
 */
@ConfigurationProperties("mentorordning.client")
public record ClientProperties(Period assessmentMaxAge, Duration directoratePurposeValidity) {

    public ClientProperties {
        assessmentMaxAge = assessmentMaxAge == null ? Period.ofMonths(12) : assessmentMaxAge;
        directoratePurposeValidity = directoratePurposeValidity == null ? Duration.ofMinutes(30) : directoratePurposeValidity;
    }
}
