package dk.kriminalforsorgen.mentorordning.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Dates as Danish readers write them, "1. maj 2027", for reasons and tables. Templates use it as
 * {@code ${@danishDates.format(date)}}.
 */
@Component("danishDates")
public class DanishDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm",
            MessagesConfiguration.DANISH).withZone(dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration.DANISH_TIME);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", MessagesConfiguration.DANISH);

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public String format(LocalDate date) {
        return longDate(date);
    }

    /** A moment in Danish time: "1. maj 2027 kl. 14.05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
