package dk.kriminalforsorgen.mentorordning.shared;

/**
 * A named check of input or state that is not a paragraph of the circular: it cites no paragraph,
 * only where the requirement comes from (a SECURITY.md item or a DOMAIN.md section).
 */
public enum Check implements Ground {

    /** A field is missing or malformed (SECURITY IN1). */
    INPUT("IN1", "Ugyldigt eller manglende felt"),
    /** A CPR number is not DDMMYY-SSSS with a real date (SECURITY IN2). */
    CPR("IN2", "Ugyldigt CPR-nummer"),
    /** The record is not in a state that allows the action (a guarded transition). */
    STATE(null, "Handlingen passer ikke til sagens tilstand"),
    /** A user account cannot be created or changed like this. */
    USER_ACCOUNT(null, "Brugerkontoen kan ikke ændres sådan"),
    /** The password is too short, too long or common (SECURITY AS1). */
    PASSWORD("AS1", "Adgangskoden er for svag"),
    /** The directorate must state a purpose before opening a client record (SECURITY AZ5). */
    PURPOSE("AZ5", "Formål skal angives"),
    /** A soft matching preference was overridden without a reason (DOMAIN §9). */
    MATCH_OVERRIDE("DOMAIN §9", "Fravalg af anbefalingen kræver en begrundelse"),
    /** The criminal-register check has expired (DOMAIN §9, vetting that expires). */
    VETTING_VALIDITY("DOMAIN §9", "Vandelsoplysningerne er forældede"),
    /** The mentor is temporarily unavailable (DOMAIN §9). */
    AVAILABILITY("DOMAIN §9", "Mentoren er midlertidigt utilgængelig"),
    /** Only an approved mentor of the registry can be appointed (DOMAIN §4, the registry lifecycle). */
    REGISTRY_STATUS("DOMAIN §4", "Mentoren er ikke godkendt i kartoteket"),
    /** A status report is signed off by the course's responsible person or the area's coordinator (DOMAIN §9). */
    SIGN_OFF("DOMAIN §9", "Kun den forløbsansvarlige eller mentortovholderen kvitterer"),
    /**
     * Issue 17: the municipal contact person is recorded only when the client consented to sharing with the
     * municipality, and a consent answer carries its date. The service's own practice, not the circular.
     */
    SHARING_CONSENT("Tjenestens praksis (myndighedssamarbejde, 2020)", "Kommunal kontaktperson kræver klientens samtykke"),
    /**
     * Issue 17: where an area requires it (setting {@code mentorordning.training.introduction-required-areas}),
     * a mentor takes the introduction course before their first appointment. The service's own policy
     * (news 2019, "mentorkurser og en guide"), not a paragraph of the circular.
     */
    SERVICE_POLICY_INTRODUCTION("Tjenestens politik (mentorkurser, 2019)", "Introduktionskursus før første udpegning");

    private final String source;
    private final String title;

    Check(String source, String title) {
        this.source = source;
        this.title = title;
    }

    @Override
    public String id() {
        return name();
    }

    /** Always null: a check cites no paragraph of the circular. */
    @Override
    public String paragraph() {
        return null;
    }

    @Override
    public String title() {
        return title;
    }

    /** The SECURITY.md item or DOMAIN.md section the check comes from, or null. */
    public String source() {
        return source;
    }
}
