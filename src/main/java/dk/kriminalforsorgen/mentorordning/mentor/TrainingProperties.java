package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Issue 17: the service's own policy on mentor training ({@code mentorordning.training.*}, application.yml only).
 *
 * @param introductionRequiredAreas the areas (by code, e.g. {@code HOVEDSTADEN}) where a mentor must have taken
 *                                  the introduction course before their first appointment
 *                                  (SERVICE_POLICY_INTRODUCTION); empty, the shipped value, means nowhere
 */
@Validated
@ConfigurationProperties("mentorordning.training")
public record TrainingProperties(
        @NotNull Set<@Pattern(regexp = "HOVEDSTADEN|SJAELLAND|SYDDANMARK|MIDT_NORDJYLLAND") String> introductionRequiredAreas) {

    public TrainingProperties {
        introductionRequiredAreas = introductionRequiredAreas == null ? null : Set.copyOf(introductionRequiredAreas);
    }

    /** The shipped values of application.yml, for tests that need no running application. */
    public static TrainingProperties defaults() {
        return ShippedDefaults.bind("mentorordning.training", TrainingProperties.class);
    }
}
