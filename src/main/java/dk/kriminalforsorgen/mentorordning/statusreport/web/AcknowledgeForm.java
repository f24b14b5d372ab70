package dk.kriminalforsorgen.mentorordning.statusreport.web;

/** DOMAIN §9: the sign-off of a report, with an optional note and the version it was read in (CI1). */
public record AcknowledgeForm(String note, Long version) {

    /** A missing version never matches a stored one, so the sign-off is refused as stale. */
    long versionOrUnknown() {
        return version == null ? -1 : version;
    }
}
