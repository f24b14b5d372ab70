package dk.kriminalforsorgen.mentorordning.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Spring Modulith event publication registry as the tests read it. The listeners of an event run after the
 * commit, asynchronously, and complete its publications when they are done. One event is found by its type's simple
 * name and a number field of its serialized form ({@code "reportId":7,}), so tests do not see each other's events.
 */
public final class EventPublications {

    private EventPublications() {
    }

    /** Waits (up to 20 seconds) until every publication of the event is completed, and asserts it was published. */
    public static void awaitDelivered(JdbcTemplate jdbc, String eventType, String field, long id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where event_type like ? and completion_date is null "
                        + "and serialized_event like ?", Long.class, "%" + eventType, serialized(field, id))).isZero());
        assertThat(published(jdbc, eventType, field, id)).as("publications of %s %s=%d", eventType, field, id)
                .isPositive();
    }

    /** The publications of the event, completed or not (one per listener). */
    public static long published(JdbcTemplate jdbc, String eventType, String field, long id) {
        return jdbc.queryForObject("select count(*) from event_publication where event_type like ? "
                + "and serialized_event like ?", Long.class, "%" + eventType, serialized(field, id));
    }

    private static String serialized(String field, long id) {
        return "%\"" + field + "\":" + id + ",%";
    }
}
