package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Configurable values of the registry ({@code mentorordning.registry.*}). The values are in application.yml
 * only; a missing or impossible value stops the application at start-up.
 *
 * @param workloadCeilingHours M10 (§15): a half-time position in hours a week
 * @param nearCeilingHours a mentor with less capacity left than this is "near the ceiling"
 * @param vettingValidity how long a criminal-register check stays valid for new appointments (DOMAIN §9)
 * @param vettingExpiryWarning how long before expiry a vetting counts as "expiring soon"
 * @param pageSize rows per page of the registry search
 */
@Validated
@ConfigurationProperties("mentorordning.registry")
public record RegistryProperties(
        @NotNull @Positive BigDecimal workloadCeilingHours,
        @NotNull @PositiveOrZero BigDecimal nearCeilingHours,
        @NotNull Period vettingValidity,
        @NotNull Period vettingExpiryWarning,
        @Positive int pageSize) {

    /** The shipped values of application.yml, for tests that need no running application. */
    public static RegistryProperties defaults() {
        return ShippedDefaults.bind("mentorordning.registry", RegistryProperties.class);
    }

    /** The last day a check made on {@code checkedOn} is valid. */
    public LocalDate vettingValidUntil(LocalDate checkedOn) {
        return checkedOn == null ? null : checkedOn.plus(vettingValidity).minusDays(1);
    }
}
