package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Configurable values of mentor courses ({@code mentorordning.course.*}). The values are in application.yml
 * only; a missing or impossible value stops the application at start-up.
 *
 * @param grantYearlyCeiling C11 (§16): activity grants per course and calendar year, in DKK
 * @param reviewInterval C8 (§13 stk. 3): the parties meet this often (every third month)
 * @param kickOffWithin C5 (§12): the kick-off meeting is due this long after the start
 */
@Validated
@ConfigurationProperties("mentorordning.course")
public record CourseProperties(
        @NotNull @Positive BigDecimal grantYearlyCeiling,
        @NotNull Period reviewInterval,
        @NotNull Period kickOffWithin) {

    /** The shipped values of application.yml, for tests that need no running application. */
    public static CourseProperties defaults() {
        return ShippedDefaults.bind("mentorordning.course", CourseProperties.class);
    }
}
