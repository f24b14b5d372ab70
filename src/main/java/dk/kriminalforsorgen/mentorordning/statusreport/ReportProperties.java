package dk.kriminalforsorgen.mentorordning.statusreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configurable values of status reports ({@code mentorordning.reports.*}).
 *
 * @param graceDays S1 (§17 stk. 1 nr. 1): a month's report is overdue this many days after the month ends
 * @param hoursGapPercent DOMAIN §9: reported hours that differ from the agreed hours by more than this
 *                        percentage are flagged at sign-off (basis of the fee, §14 stk. 2, C9)
 */
@ConfigurationProperties("mentorordning.reports")
public record ReportProperties(@DefaultValue("10") int graceDays, @DefaultValue("25") int hoursGapPercent) {

    public static ReportProperties defaults() {
        return new ReportProperties(10, 25);
    }
}
