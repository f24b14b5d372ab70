package dk.kriminalforsorgen.mentorordning.journal;

import java.util.Arrays;
import java.util.List;

/** The coded kind of a journal entry: staff record contacts; the mentor writes the last three. */
public enum JournalKind {
    CONTACT_CLIENT(false),
    CONTACT_MENTOR(false),
    CONTACT_MUNICIPALITY(false),
    PHONE_CALL(false),
    VISIT(false),
    MEETING(false),
    AGREEMENT(false),
    OTHER(false),
    /** The mentor asks the responsible person for help. */
    HELP_REQUEST(true),
    /** The mentor reports a problem below the threshold of the duty to notify (§8 stk. 2). */
    PROBLEM_REPORT(true),
    /** "Ønske om afslutning": the mentor asks to end the course; the caseworker decides (§19). */
    END_REQUEST(true);

    private final boolean mentors;

    JournalKind(boolean mentors) {
        this.mentors = mentors;
    }

    /** Whether the mentor writes this kind (and staff do not). */
    public boolean mentors() {
        return mentors;
    }

    public static List<JournalKind> staffKinds() {
        return Arrays.stream(values()).filter(kind -> !kind.mentors).toList();
    }

    public static List<JournalKind> mentorKinds() {
        return Arrays.stream(values()).filter(JournalKind::mentors).toList();
    }

    public String messageKey() {
        return "journal.kind." + name();
    }
}
