package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable values of mentor courses ({@code mentorordning.course.*}).
 *
 * @param grantYearlyCeiling C11 (§16): activity grants per course and calendar year, in DKK
 * @param reviewInterval C8 (§13 stk. 3): the parties meet this often (every third month)
 * @param kickOffWithin C5 (§12): the kick-off meeting is due this long after the start
 */
@ConfigurationProperties("mentorordning.course")
public record CourseProperties(
        @DefaultValue("5000") BigDecimal grantYearlyCeiling,
        @DefaultValue("3m") Period reviewInterval,
        @DefaultValue("14d") Period kickOffWithin) {

    public static CourseProperties defaults() {
        return new CourseProperties(new BigDecimal("5000"), Period.ofMonths(3), Period.ofDays(14));
    }
}
