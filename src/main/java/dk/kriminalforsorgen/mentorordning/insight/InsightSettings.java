package dk.kriminalforsorgen.mentorordning.insight;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;

/**
 * The rule parameters the figures and the compliance panel depend on, read from the same
 * {@code mentorordning.*} keys as the owning modules' own properties; like them it has no defaults of its
 * own (they are in application.yml only), and a missing value stops the start.
 * A view of its own, so the insight module has no Java dependency on those modules' configuration.
 *
 * @param course  C5 kick-off within, C8 review interval ({@code mentorordning.course.*})
 * @param reports S1 grace days ({@code mentorordning.reports.*})
 * @param client  E1 assessment age ({@code mentorordning.client.*})
 * @param registry M10 ceiling, vetting validity and its warning ({@code mentorordning.registry.*})
 */
@Validated
@ConfigurationProperties("mentorordning")
public record InsightSettings(@NotNull Course course, @NotNull Reports reports, @NotNull Client client,
                              @NotNull Registry registry) {

    public record Course(Period reviewInterval, Period kickOffWithin) {
    }

    public record Reports(int graceDays) {
    }

    public record Client(Period assessmentMaxAge) {
    }

    public record Registry(BigDecimal workloadCeilingHours,
                           Period vettingValidity,
                           Period vettingExpiryWarning) {
    }

    /** The shipped values of application.yml, for tests that need no running application. */
    public static InsightSettings defaults() {
        return ShippedDefaults.bind("mentorordning", InsightSettings.class);
    }
}
