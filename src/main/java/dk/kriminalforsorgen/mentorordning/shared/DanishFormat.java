package dk.kriminalforsorgen.mentorordning.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one way dates, times and decimals are shown to readers: Danish, "1. december 2026",
 * "1. december 2026 kl. 14.05", "december 2026", "12,5". Java code (reasons, refusal arguments) calls the
 * static methods; templates call the same methods through the bean: {@code ${@danish.date(course.startDate)}}.
 * <p>
 * Display only: form inputs keep ISO ({@code 2026-12-01}, what {@code <input type="date">} sends and expects),
 * set once by {@code spring.mvc.format.date: iso} in application.yml. {@code DanishFormatUsageTest} checks that
 * no template or class formats dates another way.
 */
@Component("danish")
public class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH)
            .withZone(ClockConfiguration.DANISH_TIME);
    /** The audit log shows the second an event happened. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm.ss", DANISH)
            .withZone(ClockConfiguration.DANISH_TIME);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);

    /** "1. december 2026"; empty for null, so optional dates need no guard in templates. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The Danish calendar day of a moment: "1. december 2026" (not an overload of date: SpEL cannot choose for null). */
    public static String dayOf(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    /** A moment in Danish time: "1. december 2026 kl. 14.05". */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A moment to the second, for the audit log: "1. december 2026 kl. 14.05.09". */
    public static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }

    /** A time of day: "14.05"; empty for null. */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A day and a time of day: "1. december 2026 kl. 14.05". */
    public static String dateAt(LocalDate date, LocalTime time) {
        return date(date) + " kl. " + time(time);
    }

    /** "december 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** A period of days: "1. oktober 2026 – 31. december 2026". */
    public static String period(LocalDate start, LocalDate end) {
        return date(start) + " – " + date(end);
    }

    /**
     * A decimal number the Danish way, with a decimal comma and a thousands point, no trailing zeros and at
     * most two decimals: "12,5", "18", "5.000", "1.234,75".
     */
    public static String decimal(Double number) {
        return number == null ? "" : decimal(BigDecimal.valueOf(number));
    }

    /** Like {@link #decimal(Double)}, for figures computed as {@code BigDecimal}. */
    public static String decimal(BigDecimal number) {
        if (number == null) {
            return "";
        }
        // DecimalFormat is not thread-safe: one per call is cheap enough for page rendering.
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DANISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }

    /**
     * A message argument as a reader should see it: dates, months and decimals the Danish way, anything else
     * unchanged (MessageFormat would show a LocalDate as "2026-12-01").
     */
    public static Object argument(Object value) {
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof YearMonth month) {
            return month(month);
        }
        if (value instanceof BigDecimal number) {
            return decimal(number);
        }
        return value;
    }
}
