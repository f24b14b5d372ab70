package dk.kriminalforsorgen.mentorordning.security;

import java.util.Map;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;

/**
 * Area scoping (C1, AZ2), called by every feature on every load of an area-scoped record, for
 * reads and changes alike. A user of another area gets a {@link NotFoundException} (404, exactly as
 * for a missing record), the attempt is audited in its own transaction, and nothing is changed.
 * The directorate sees every area.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessChecker {

    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final SecurityEventLog securityLog;

    /** Returns the record when the signed-in user may see it; otherwise audits and throws 404. */
    public <T extends AreaScoped> T requireVisible(T record, String subjectType, Object subjectId) {
        if (!canSee(record.areaId())) {
            CurrentUser user = currentUsers.require();
            audit.recordSeparately(null, ACCESS_DENIED, subjectType, subjectId, "other area");
            securityLog.event(ACCESS_DENIED, user.getUsername(),
                    Map.of("subjectType", subjectType, "subjectId", String.valueOf(subjectId)));
            throw new NotFoundException(subjectType + " " + subjectId);
        }
        return record;
    }

    /** Whether the signed-in user may see records of this area. */
    public boolean canSee(Long areaId) {
        return currentUsers.current()
                .map(user -> user.is(Role.DIRECTORATE) || (user.areaId() != null && user.areaId().equals(areaId)))
                .orElse(false);
    }

    /** The area a list must be restricted to, or null for the national directorate. */
    public Long areaFilter() {
        CurrentUser user = currentUsers.require();
        if (user.is(Role.DIRECTORATE)) {
            return null;
        }
        if (user.areaId() == null) {
            throw new NotFoundException("no area"); // a mentor user never lists area data
        }
        return user.areaId();
    }
}
