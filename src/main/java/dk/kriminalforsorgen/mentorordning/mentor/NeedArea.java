package dk.kriminalforsorgen.mentorordning.mentor;

/**
 * The LS/RNR "central eight" need areas (DOMAIN §2), for a mentor's strengths and for matching.
 * TEMPORARY: the client feature defines the canonical enum in package {@code client}; this copy is
 * replaced by it when that branch lands on main (the database stores the same names).
 */
public enum NeedArea {
    CRIMINAL_HISTORY,
    EDUCATION_EMPLOYMENT,
    FAMILY_MARITAL,
    LEISURE_RECREATION,
    COMPANIONS,
    ALCOHOL_DRUG,
    PROCRIMINAL_ATTITUDE,
    ANTISOCIAL_PATTERN;

    public String messageKey() {
        return "needArea." + name();
    }
}
