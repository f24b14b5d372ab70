package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Issue 10: the header's unread count is read once per user while fresh, and read again after a change. */
class UnreadCountsTest {

    private final UnreadCounts counts = new UnreadCounts();
    private final AtomicInteger reads = new AtomicInteger();

    private long read() {
        return reads.incrementAndGet();
    }

    @Test
    void aFreshCountIsNotReadAgain_andEachUserHasTheirOwn() {
        assertThat(counts.of(1, this::read)).isEqualTo(1);
        assertThat(counts.of(1, this::read)).isEqualTo(1);
        assertThat(counts.of(2, this::read)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeForgetsTheUsersCountOnly() {
        counts.of(1, this::read);
        counts.of(2, this::read);
        counts.changed(1);
        assertThat(counts.of(1, this::read)).isEqualTo(3);
        assertThat(counts.of(2, this::read)).isEqualTo(2);
    }
}
