package dk.kriminalforsorgen.mentorordning.course;

/** Why the area gives courses to another responsible person (C7, §13 stk. 2), coded for the audit log (issue 11). */
public enum ReassignReason {
    /** the responsible person's user was disabled */
    RESPONSIBLE_DISABLED,
    /** the responsible person moved to another unit, area or role */
    RESPONSIBLE_MOVED,
    /** leave or a long absence */
    ABSENCE,
    /** the area's division of the workload */
    WORKLOAD,
    /** another reason */
    OTHER;

    public String messageKey() {
        return "course.reassign.reason." + name();
    }
}
