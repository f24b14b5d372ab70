package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;

/**
 * Danish texts of report periods for the templates: {@code ${@reportFormats.period(kind, start, end)}}
 * ("oktober 2026" for a month, "1. oktober 2026 – 31. december 2026" for a quarter).
 */
@Component("reportFormats")
public class ReportFormats {

    public String period(ReportKind kind, LocalDate start, LocalDate end) {
        if (kind == ReportKind.MONTHLY) {
            return DanishFormat.month(YearMonth.from(start));
        }
        return DanishFormat.period(start, end);
    }
}
