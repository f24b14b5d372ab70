package dk.kriminalforsorgen.mentorordning.insight;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule parameters the figures and the compliance panel depend on, read from the same
 * {@code mentorordning.*} keys (and with the same defaults) as the owning modules' own properties.
 * A view of its own, so the insight module has no Java dependency on those modules' configuration.
 *
 * @param course  C5 kick-off within, C8 review interval ({@code mentorordning.course.*})
 * @param reports S1 grace days ({@code mentorordning.reports.*})
 * @param client  E1 assessment age ({@code mentorordning.client.*})
 * @param registry M10 ceiling, vetting validity and its warning ({@code mentorordning.registry.*})
 */
@ConfigurationProperties("mentorordning")
public record InsightSettings(@DefaultValue Course course, @DefaultValue Reports reports, @DefaultValue Client client,
                              @DefaultValue Registry registry) {

    public record Course(@DefaultValue("3m") Period reviewInterval, @DefaultValue("14d") Period kickOffWithin) {
    }

    public record Reports(@DefaultValue("10") int graceDays) {
    }

    public record Client(@DefaultValue("12m") Period assessmentMaxAge) {
    }

    public record Registry(@DefaultValue("18.5") BigDecimal workloadCeilingHours,
                           @DefaultValue("24m") Period vettingValidity,
                           @DefaultValue("3m") Period vettingExpiryWarning) {
    }

    public static InsightSettings defaults() {
        return new InsightSettings(new Course(Period.ofMonths(3), Period.ofDays(14)), new Reports(10),
                new Client(Period.ofMonths(12)),
                new Registry(new BigDecimal("18.5"), Period.ofMonths(24), Period.ofMonths(3)));
    }
}
