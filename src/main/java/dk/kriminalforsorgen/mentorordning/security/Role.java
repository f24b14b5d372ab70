package dk.kriminalforsorgen.mentorordning.security;

/** The four roles of DOMAIN §1. */
public enum Role {
    /** Sagsbehandler: clients and courses of their own area. */
    CASEWORKER,
    /** Mentortovholder (§18): what a caseworker may in their area, plus the mentor registry. */
    COORDINATOR,
    /** Direktoratet for Kriminalforsorgen: national; approvals (M8), statistics, users. */
    DIRECTORATE,
    /** A mentor: their own courses and status reports only. */
    MENTOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Caseworkers and coordinators work in one area and unit; the directorate and mentors do not. */
    public boolean belongsToArea() {
        return this == CASEWORKER || this == COORDINATOR;
    }

    public String messageKey() {
        return "role." + name();
    }
}
