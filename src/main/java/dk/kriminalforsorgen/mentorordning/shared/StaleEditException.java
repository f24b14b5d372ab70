package dk.kriminalforsorgen.mentorordning.shared;

/**
 * CI1: the record was changed by someone else after the user opened the form. The form is shown
 * again with the user's input and a Danish message; nothing is saved.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super("stale edit of " + what);
    }

    /** Refuses the save when the version the form was opened with is not the current one. */
    public static void requireVersion(long formVersion, long currentVersion, String what) {
        if (formVersion != currentVersion) {
            throw new StaleEditException(what);
        }
    }
}
