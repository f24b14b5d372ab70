package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * DOMAIN §9 (feeds the fee, §14 stk. 2, C9): the hours a mentor reports for a period against the
 * hours agreed for it (the agreed hours a week times the course's days in the period / 7). A gap
 * larger than the configured percentage is flagged at sign-off.
 */
public record HoursCheck(BigDecimal reported, BigDecimal agreed, BigDecimal gapPercent, boolean largeGap) {

    public static HoursCheck of(BigDecimal reported, BigDecimal agreedPerWeek, LocalDate from, LocalDate to,
                                LocalDate courseStart, int thresholdPercent) {
        if (reported == null || agreedPerWeek == null || from == null || to == null) {
            return null;
        }
        LocalDate start = courseStart != null && courseStart.isAfter(from) ? courseStart : from;
        long days = start.isAfter(to) ? 0 : ChronoUnit.DAYS.between(start, to) + 1;
        BigDecimal agreed = agreedPerWeek.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), 1,
                RoundingMode.HALF_UP);
        if (agreed.signum() == 0) {
            return new HoursCheck(reported, agreed, null, reported.signum() > 0);
        }
        BigDecimal gap = reported.subtract(agreed).abs().multiply(BigDecimal.valueOf(100))
                .divide(agreed, 0, RoundingMode.HALF_UP);
        return new HoursCheck(reported, agreed, gap, gap.compareTo(BigDecimal.valueOf(thresholdPercent)) > 0);
    }
}
