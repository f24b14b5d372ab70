package dk.kriminalforsorgen.mentorordning.approval;

/** The directorate's decision on a flagged candidate (M8). */
public enum ApprovalDecision {
    APPROVED,
    REJECTED;

    public String messageKey() {
        return "approval.decision." + name();
    }
}
