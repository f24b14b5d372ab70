package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
/** C13: a change of the client's status that must not end a course silently. */
public enum ContinuationKind {
    /** The inmate was released: the course continues after release (E6, §3 stk. 2). */
    RELEASE(Rule.E6),
    /** Supervision ended: the area may let the course continue under voluntary supervision (E8, §4 stk. 2). */
    SUPERVISION_ENDED(Rule.E8);

    private final Rule rule;

    ContinuationKind(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    public String messageKey() {
        return "course.continuation." + name();
    }
}
