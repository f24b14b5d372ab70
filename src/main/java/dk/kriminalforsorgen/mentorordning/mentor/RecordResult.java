package dk.kriminalforsorgen.mentorordning.mentor;

/** M7 (§6): the result of the criminal-register check. AZ3: a detail few may see. */
public enum RecordResult {
    NOT_REGISTERED,
    /** Registered: the area may still find the person suitable, then the directorate decides (M8). */
    REGISTERED;

    public String messageKey() {
        return "mentor.record." + name();
    }
}
