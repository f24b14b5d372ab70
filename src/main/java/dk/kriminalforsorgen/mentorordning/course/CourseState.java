package dk.kriminalforsorgen.mentorordning.course;

/** DOMAIN §5: PREPARING -> ACTIVE -> ENDED. */
public enum CourseState {
    /** Proposal, matching, vetting and action plan. */
    PREPARING,
    /** From the establishment decision of the competent area (C1) with an appointed mentor. */
    ACTIVE,
    /** Ended (C12, §19). */
    ENDED;

    public String messageKey() {
        return "course.state." + name();
    }
}
