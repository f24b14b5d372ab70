package dk.kriminalforsorgen.mentorordning.meeting;

/** Where a planned meeting stands: open, called off, or over (held or not). */
public enum PlanStatus {
    PLANNED, CANCELLED, HELD, MISSED;

    public String messageKey() {
        return "meeting.plan.status." + name();
    }
}
