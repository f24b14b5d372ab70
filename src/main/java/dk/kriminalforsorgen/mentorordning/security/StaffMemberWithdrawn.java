package dk.kriminalforsorgen.mentorordning.security;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A caseworker or coordinator can no longer carry their courses as before: the directorate disabled the user, or
 * moved them (another area or unit, or a role that cannot be responsible for a course). Published by
 * {@link UserAdministration} in the transaction of the change, so a listener of another module (notifications: the
 * coordinators of the areas whose courses the user is responsible for, C7) gets it reliably through the event
 * publication registry. The security module does not know courses; the listener finds them.
 * <p>
 * Ids and dates only.
 *
 * @param userId the user
 * @param change what happened
 * @param on     the day of the change (shown in the notice)
 * @param at     the moment of the change: with the user and the change, what makes the occasion unique
 */
public record StaffMemberWithdrawn(long userId, Change change, LocalDate on, Instant at) {

    public enum Change {
        /** the user was disabled */
        DISABLED,
        /** the user's area, unit or role changed */
        MOVED
    }
}
