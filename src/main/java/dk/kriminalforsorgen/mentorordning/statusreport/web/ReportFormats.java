package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.shared.web.DanishDates;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;

/** Danish texts of report periods for the templates: {@code ${@reportFormats.period(kind, start, end)}}. */
@Component("reportFormats")
public class ReportFormats {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("d. MMMM yyyy 'kl.' HH.mm", new java.util.Locale("da", "DK"))
            .withZone(dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration.DANISH_TIME);

    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Hours the Danish way: 12 or 12,5. */
    public String hours(java.math.BigDecimal hours) {
        return HoursEditor.format(hours);
    }

    public String period(ReportKind kind, LocalDate start, LocalDate end) {
        if (kind == ReportKind.MONTHLY) {
            return ReportFormSupport.monthName(YearMonth.from(start));
        }
        return DanishDates.longDate(start) + " – " + DanishDates.longDate(end);
    }
}
