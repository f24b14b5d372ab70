package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The common start of the deadline reminder tests (issue 11): a {@link DeadlineWorld} per test and the occasion of
 * the deadline under test, which the subclass's set-up fixes after creating its records.
 */
abstract class DeadlineReminderTestBase extends IntegrationTestBase {

    DeadlineWorld world;

    /** The occasion whose notices the test reads (see {@link DeadlineWorld#notices}). */
    String occasion;

    @BeforeEach
    final void createDeadlineWorld() {
        world = new DeadlineWorld(context);
    }

    /** Runs the daily job on each day in turn; naming a day twice is the job running twice on it. */
    void runOn(LocalDate... days) {
        for (LocalDate day : days) {
            world.runOn(day);
        }
    }

    /** Runs the daily job on the day: whom the occasion's notices of the kind have reached by then. */
    List<Long> recipientsAfterRunningOn(LocalDate day, NoticeKind kind) {
        world.runOn(day);
        return world.recipients(kind, occasion);
    }

    /** Runs the daily job on the day and asserts that the occasion got no notice (yet, or any more). */
    void assertNoNoticeAfterRunningOn(LocalDate day) {
        world.runOn(day);
        assertThat(world.notices(occasion)).isEmpty();
    }
}
