package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.Instant;
import java.util.List;

/**
 * The registry's port to the directorate's approval (M8, §7 stk. 2), implemented by the approval
 * feature, so the registry does not depend on it (no cycle between the two features).
 */
public interface DirectorateApprovals {

    /** One case as the vetting area and the directorate see it (AZ3). */
    record CaseSummary(long caseId, String justification, Instant flaggedAt, String flaggedBy, String decisionKey,
                       boolean approved, String decisionReason, Instant decidedAt, String decidedBy) {
        public boolean decided() {
            return decidedAt != null;
        }
    }

    /** The area sends a registered candidate it still finds suitable to the directorate. */
    void flag(long mentorId, long mentorVersion, String justification);

    /** The mentor's cases, newest first; empty for users who may not see the vetting details. */
    List<CaseSummary> casesOf(Mentor mentor);
}
