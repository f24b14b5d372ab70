package dk.kriminalforsorgen.mentorordning.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration;

/**
 * The application's clock in integration tests: the real time until a test sets a day with
 * {@link #setDate(LocalDate)} or {@link #set(Instant)}; {@link TestClockReset} puts it back after
 * every test, so a test that sets the day cannot leak it into the next one. Replaces the
 * application's {@link Clock} bean (see {@link TestDatabaseConfiguration}).
 */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ClockConfiguration.DANISH_TIME;

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** From now on the time stands still at this moment. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** From now on it is this day, at noon Danish time. */
    public void setDate(LocalDate date) {
        set(date.atTime(LocalTime.NOON).atZone(ZONE).toInstant());
    }

    /** Moves a set clock forward (or, from the real time, sets it that far ahead). */
    public void advanceDays(long days) {
        set(instant().plus(java.time.Duration.ofDays(days)));
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now(Clock.system(ZONE));
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application has one zone: " + ZONE);
    }
}
