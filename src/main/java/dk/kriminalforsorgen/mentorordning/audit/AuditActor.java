package dk.kriminalforsorgen.mentorordning.audit;

/** Who did it: copied into each audit row, so the row stays true after the user is changed or disabled. */
public record AuditActor(Long userId, String username, String role, Long areaId) {

    public static final AuditActor ANONYMOUS = new AuditActor(null, null, null, null);
}
