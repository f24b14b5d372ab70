package dk.kriminalforsorgen.mentorordning.meeting;

/** Who a participant of a planned meeting is (C5, §12: the client, the mentor, the responsible person, others). */
public enum ParticipantRole {
    CLIENT, MENTOR, RESPONSIBLE, OTHER;

    public String messageKey() {
        return "meeting.participant.role." + name();
    }
}
