package dk.kriminalforsorgen.mentorordning.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param period DP4: how long after a client's case ended everything about them is kept (default 5 years: course
 *               fees and activity grants are accounting records, kept five years by the Danish Bookkeeping Act §12,
 *               and a new sentence within that time often brings the client back to the scheme)
 * @param cron   when the purge runs (Spring cron); once across instances (ShedLock)
 */
@ConfigurationProperties("mentorordning.retention")
public record RetentionProperties(Period period, String cron) {

    public RetentionProperties {
        period = period == null ? Period.ofYears(5) : period;
        cron = cron == null ? "0 30 2 * * *" : cron;
    }
}
