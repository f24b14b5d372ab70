package dk.kriminalforsorgen.mentorordning.shared;

/** A value shown to users by a message key (used for the arguments of eligibility reasons). */
public interface Labelled {

    String messageKey();
}
