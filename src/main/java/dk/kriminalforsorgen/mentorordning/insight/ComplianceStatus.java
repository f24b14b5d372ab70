package dk.kriminalforsorgen.mentorordning.insight;

/** Where a course stands with one rule. OVERDUE also covers a condition that is not met. */
public enum ComplianceStatus {
    OVERDUE, DUE, MET, NOT_APPLICABLE;

    public String messageKey() {
        return "insight.status." + name();
    }

    /** The DKFDS badge variant of the status. */
    public String badge() {
        return switch (this) {
            case OVERDUE -> "badge-error";
            case DUE -> "badge-warning";
            case MET -> "badge-success";
            case NOT_APPLICABLE -> "";
        };
    }
}
