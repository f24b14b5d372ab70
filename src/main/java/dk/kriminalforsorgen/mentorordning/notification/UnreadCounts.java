package dk.kriminalforsorgen.mentorordning.notification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 10: the header of every page shows the user's unread notices; counting them on every request cost a
 * transaction of its own. A count is kept here for {@link #FRESH_FOR} per user. What this instance changes (new
 * notices, notices read) forgets the recipient's count at once and again when the change commits; a change made on
 * another instance (AV1) shows within {@link #FRESH_FOR}.
 */
final class UnreadCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    /** Far more users than the service has: a bound against growth, not a size that is ever reached. */
    private static final int MAX_USERS = 50_000;

    private record Count(long value, long readAtNanos) {
    }

    private final Map<Long, Count> counts = new ConcurrentHashMap<>();

    long of(long userId, LongSupplier read) {
        long now = System.nanoTime();
        Count known = counts.get(userId);
        if (known != null && now - known.readAtNanos() < FRESH_FOR.toNanos()) {
            return known.value();
        }
        long value = read.getAsLong();
        if (counts.size() >= MAX_USERS) {
            counts.clear();
        }
        counts.put(userId, new Count(value, now));
        return value;
    }

    /** Forgets the user's count now and, inside a transaction, once more when it has committed. */
    void changed(long userId) {
        counts.remove(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    counts.remove(userId);
                }
            });
        }
    }
}
