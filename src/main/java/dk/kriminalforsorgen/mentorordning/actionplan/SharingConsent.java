package dk.kriminalforsorgen.mentorordning.actionplan;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;

/** Issue 17: the client's answer to sharing information with the municipality; no answer is "not asked". */
public enum SharingConsent implements Labelled {
    GIVEN,
    REFUSED;

    @Override
    public String messageKey() {
        return "sharingConsent." + name();
    }
}
