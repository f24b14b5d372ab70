package dk.kriminalforsorgen.mentorordning.notification;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The tests of a reminder of one deadline: up to its last quiet day the job leaves the occasion without a notice,
 * and the first reminder comes the day after. Each subclass names that day (as it constructs the test) and tests
 * what follows.
 */
abstract class QuietDayReminderTestBase extends DeadlineReminderTestBase {

    /** The last day on which the daily job gives the occasion no notice. */
    private final LocalDate lastQuietDay;

    QuietDayReminderTestBase(LocalDate lastQuietDay) {
        this.lastQuietDay = lastQuietDay;
    }

    @Test
    void noReminderOnTheLastQuietDay() {
        assertNoNoticeAfterRunningOn(lastQuietDay);
    }
}
