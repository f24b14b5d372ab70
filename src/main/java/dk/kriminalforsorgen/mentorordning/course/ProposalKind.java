package dk.kriminalforsorgen.mentorordning.course;

/** C3 (§11): the client was given the opportunity to propose a mentor and did, or did not. */
public enum ProposalKind {
    NONE, PROPOSED;

    public String messageKey() {
        return "course.proposal." + name();
    }
}
