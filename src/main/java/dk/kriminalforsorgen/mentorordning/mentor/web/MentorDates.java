package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration;

/** Danish date formats for the registry's templates ({@code ${@mentorDates.date(x)}}). */
@Component("mentorDates")
public class MentorDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }
}
