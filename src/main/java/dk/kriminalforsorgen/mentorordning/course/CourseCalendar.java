package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;

/**
 * The course feature's day and its configured periods: today from the application's {@link Clock},
 * the meeting schedule (C5 kick-off within, C8 review interval) and the grant ceiling (C11), all from
 * {@link CourseProperties}. One place, so every use case sees the same day and the same figures.
 */
@Component
public class CourseCalendar {

    private final Clock clock;
    private final CourseProperties properties;
    private final MeetingSchedule schedule;

    CourseCalendar(Clock clock, CourseProperties properties) {
        this.clock = clock;
        this.properties = properties;
        this.schedule = new MeetingSchedule(properties.reviewInterval(), properties.kickOffWithin());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public MeetingSchedule schedule() {
        return schedule;
    }

    /** C11 (§16): the yearly ceiling of activity grants per course. */
    public BigDecimal grantYearlyCeiling() {
        return properties.grantYearlyCeiling();
    }

    /** C11: the calendar year a day belongs to, as its first day. */
    static LocalDate yearStart(LocalDate day) {
        return day.withDayOfYear(1);
    }

    static LocalDate yearEnd(LocalDate day) {
        return day.withDayOfYear(1).plusYears(1).minusDays(1);
    }
}
