package dk.kriminalforsorgen.mentorordning.statusreport.internal;

/** DRAFT -> SUBMITTED -> ACKNOWLEDGED. Only a draft can be changed. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    ACKNOWLEDGED;

    /** S1/S3: a submitted (or acknowledged) report fulfils its month or quarter; a draft does not. */
    public boolean fulfils() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
