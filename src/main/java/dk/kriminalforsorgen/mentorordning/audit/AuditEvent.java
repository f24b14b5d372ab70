package dk.kriminalforsorgen.mentorordning.audit;

import java.time.Instant;

/** One row of the audit log, as read back for the directorate's search. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String username,
        String role,
        Long areaId,
        String action,
        String subjectType,
        String subjectId,
        String details,
        String purpose,
        String requestId) {
}
