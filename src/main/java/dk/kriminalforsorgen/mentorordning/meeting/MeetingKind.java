package dk.kriminalforsorgen.mentorordning.meeting;

/** The two kinds of meeting of a course. */
public enum MeetingKind {
    /** Opstartsmøde (C5, §12). */
    KICK_OFF,
    /** Opfølgningsmøde / handleplansevaluering (C8, §13 stk. 3). */
    REVIEW;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
