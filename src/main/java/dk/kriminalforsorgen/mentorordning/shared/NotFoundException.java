package dk.kriminalforsorgen.mentorordning.shared;

/**
 * The record does not exist, or the current user may not know that it exists (AZ2: another
 * area's record answers 404, exactly like a missing one).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
