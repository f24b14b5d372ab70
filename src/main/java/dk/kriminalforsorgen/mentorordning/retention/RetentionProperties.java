package dk.kriminalforsorgen.mentorordning.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Configurable values of retention ({@code mentorordning.retention.*}). The values are in application.yml only;
 * a missing value stops the application at start-up.
 *
 * @param period DP4: how long after a client's case ended everything about them is kept (shipped: 5 years, because
 *               course fees and activity grants are accounting records, kept five years by the Danish Bookkeeping
 *               Act §12, and a new sentence within that time often brings the client back to the scheme)
 * @param cron   when the purge runs (Spring cron, Danish time); once across instances (ShedLock)
 */
@Validated
@ConfigurationProperties("mentorordning.retention")
public record RetentionProperties(@NotNull Period period, @NotBlank String cron) {
}
