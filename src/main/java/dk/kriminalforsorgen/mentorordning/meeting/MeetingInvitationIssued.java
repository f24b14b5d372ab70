package dk.kriminalforsorgen.mentorordning.meeting;

import java.util.List;

/**
 * A planned meeting's invitation to send (issue 12): made, moved (METHOD REQUEST with a higher SEQUENCE) or cancelled
 * (METHOD CANCEL). Published in the planner's transaction; the notification module queues one e-mail per address
 * with the iCalendar text as its calendar part, once per plan, sequence and address. Holds no CPR number and no
 * record details: the texts name at most the client's first name.
 */
public record MeetingInvitationIssued(long planId, long courseId, String method, int sequence, String subject,
                                      String text, String calendar, List<String> addresses) {

    /** The key that makes the e-mail to {@code address} once only. */
    public String mailKey(String address) {
        return "meeting-plan:" + planId + ":" + sequence + ":" + method + ":" + address.toLowerCase(java.util.Locale.ROOT);
    }
}
