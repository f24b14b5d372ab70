package dk.kriminalforsorgen.mentorordning.course;

/** C13: a change of the client's status that must not end a course silently. */
public enum ContinuationKind {
    /** The inmate was released: the course continues after release (E6, §3 stk. 2). */
    RELEASE("E6"),
    /** Supervision ended: the area may let the course continue under voluntary supervision (E8, §4 stk. 2). */
    SUPERVISION_ENDED("E8");

    private final String ruleId;

    ContinuationKind(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String messageKey() {
        return "course.continuation." + name();
    }
}
