package dk.kriminalforsorgen.mentorordning.client;

import java.time.LocalDate;

/**
 * Published by {@link ClientService} in the transaction that records a new custody status, so other
 * features can react without the client feature knowing them. The course feature flags active
 * courses "continuation to confirm" on release (E6) and at the end of supervision (E8), because a
 * status change must never end a course silently (C13, §3 stk. 2, §4 stk. 2).
 */
public record CustodyStatusChanged(long clientId, CustodyStatus before, CustodyStatus after, LocalDate since,
                                   Long areaBefore, Long areaAfter) {

    /** An inmate left custody (release, E6). */
    public boolean released() {
        return before == CustodyStatus.INMATE && after != CustodyStatus.INMATE;
    }

    /** Supervision ended, with or without voluntary supervision (E8). */
    public boolean supervisionEnded() {
        return before == CustodyStatus.UNDER_SUPERVISION
                && (after == CustodyStatus.VOLUNTARY_SUPERVISION || after == CustodyStatus.RELEASED_NO_SUPERVISION);
    }
}
