package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registry mentor was made inactive or retired by the area. Published by {@link MentorRegistry} in the transaction
 * of the decision, so a listener of another module (notifications: the coordinators of the areas where the mentor has
 * open courses) gets it reliably through the event publication registry. The mentor module does not know courses;
 * the listener finds them.
 * <p>
 * Ids and dates only.
 *
 * @param mentorId the registry mentor
 * @param status   the new status: {@link MentorStatus#INACTIVE} or {@link MentorStatus#RETIRED}
 * @param on       the day of the decision (shown in the notice)
 * @param at       the moment of the decision: with the mentor, what makes the occasion unique
 */
public record MentorWithdrawn(long mentorId, MentorStatus status, LocalDate on, Instant at) {
}
