package dk.kriminalforsorgen.mentorordning.journal;

/** Who reads a journal entry besides the staff who may see the course. */
public enum Visibility {
    /** Only staff (the course's area, the directorate); never the mentor. */
    STAFF,
    /** Staff and the course's mentor. */
    MENTOR;

    public String messageKey() {
        return "journal.visibility." + name();
    }
}
