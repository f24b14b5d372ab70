package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable values of the registry ({@code mentorordning.registry.*}).
 *
 * @param workloadCeilingHours M10 (§15): a half-time position in hours a week
 * @param nearCeilingHours a mentor with less capacity left than this is "near the ceiling"
 * @param vettingValidity how long a criminal-register check stays valid for new appointments (DOMAIN §9)
 * @param vettingExpiryWarning how long before expiry a vetting counts as "expiring soon"
 * @param pageSize rows per page of the registry search
 */
@ConfigurationProperties("mentorordning.registry")
public record RegistryProperties(
        @DefaultValue("18.5") BigDecimal workloadCeilingHours,
        @DefaultValue("3") BigDecimal nearCeilingHours,
        @DefaultValue("24m") Period vettingValidity,
        @DefaultValue("3m") Period vettingExpiryWarning,
        @DefaultValue("20") int pageSize) {

    public static RegistryProperties defaults() {
        return new RegistryProperties(new BigDecimal("18.5"), new BigDecimal("3"), Period.ofMonths(24),
                Period.ofMonths(3), 20);
    }

    /** The last day a check made on {@code checkedOn} is valid. */
    public LocalDate vettingValidUntil(LocalDate checkedOn) {
        return checkedOn == null ? null : checkedOn.plus(vettingValidity).minusDays(1);
    }
}
