package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;

/** Issue 17: the kind of a mentor's training (news 2019: "mentorkurser"). */
public enum TrainingKind implements Labelled {
    /** The introduction course an area may require before the first appointment (SERVICE_POLICY_INTRODUCTION). */
    INTRODUCTION,
    /** A follow-up course or theme day. */
    FOLLOW_UP,
    OTHER;

    @Override
    public String messageKey() {
        return "mentor.training.kind." + name();
    }
}
