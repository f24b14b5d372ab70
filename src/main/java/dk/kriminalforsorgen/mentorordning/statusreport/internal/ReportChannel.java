package dk.kriminalforsorgen.mentorordning.statusreport.internal;

/** How the report reached the service (§17 stk. 1: "ved statusrapporter eller telefonisk afrapportering"). */
public enum ReportChannel {
    /** Written by the mentor on the mentor's own pages. */
    WRITTEN,
    /** Given by telephone and logged by a caseworker. */
    TELEPHONE;

    public String messageKey() {
        return "report.channel." + name();
    }
}
