package dk.kriminalforsorgen.mentorordning.statusreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dk.kriminalforsorgen.mentorordning.shared.ShippedDefaults;
import jakarta.validation.constraints.Positive;

/**
 * Configurable values of status reports ({@code mentorordning.reports.*}). The values are in application.yml
 * only; a missing or impossible value stops the application at start-up.
 *
 * @param graceDays S1 (§17 stk. 1 nr. 1): a month's report is overdue this many days after the month ends
 * @param hoursGapPercent DOMAIN §9: reported hours that differ from the agreed hours by more than this
 *                        percentage are flagged at sign-off (basis of the fee, §14 stk. 2, C9)
 */
@Validated
@ConfigurationProperties("mentorordning.reports")
public record ReportProperties(@Positive int graceDays, @Positive int hoursGapPercent) {

    /** The shipped values of application.yml, for tests that need no running application. */
    public static ReportProperties defaults() {
        return ShippedDefaults.bind("mentorordning.reports", ReportProperties.class);
    }
}
