package dk.kriminalforsorgen.mentorordning.statusreport.internal;

/** The two reports of §17 stk. 1. */
public enum ReportKind {
    /** S1 (§17 stk. 1 nr. 1): every month. */
    MONTHLY,
    /** S3 (§17 stk. 1 nr. 2): a short report before each quarterly review meeting. */
    QUARTERLY;

    public String messageKey() {
        return "report.kind." + name();
    }
}
