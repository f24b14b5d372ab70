package dk.kriminalforsorgen.mentorordning.course;

import java.time.LocalDate;

/**
 * A mentor is appointed to a course: the course is established (C1-C7) with this mentor. Published in the
 * transaction that establishes it, so a listener of another module (notifications: the mentor is told what, when the
 * kick-off is due and whom to contact) gets it reliably through the event publication registry.
 * <p>
 * Ids and dates only: never the client's name or CPR number.
 *
 * @param courseId          the course
 * @param mentorId          the registry mentor appointed
 * @param areaId            the course's area
 * @param responsibleUserId the course's responsible person (C7), whom the mentor contacts
 * @param startDate         the course's start
 * @param kickOffDue        C5: the last day of the kick-off meeting
 */
public record MentorAppointed(long courseId, long mentorId, long areaId, long responsibleUserId, LocalDate startDate,
                              LocalDate kickOffDue) {
}
