package dk.kriminalforsorgen.mentorordning.course;

/** C12 (§19): why a course ended. */
public enum EndReason {
    /** §19 nr. 1: the purpose is achieved. */
    PURPOSE_ACHIEVED,
    /** §19 nr. 2: by agreement. */
    BY_AGREEMENT,
    /** §19 nr. 3: by decision of the area. */
    AREA_DECISION;

    public String messageKey() {
        return "course.endReason." + name();
    }
}
