package dk.kriminalforsorgen.mentorordning.client;

import java.time.LocalDate;

/**
 * A custody status with what belongs to it (DOMAIN §2): the unit the client is placed at or
 * supervised by; for an inmate the expected release date and, when known, the probation office that
 * will supervise after release (the competent area, C1/C2); for supervision its end date.
 */
public record CustodyPlacement(CustodyStatus status, Long unitId, Long releaseUnitId, LocalDate expectedReleaseDate,
                               LocalDate supervisionEndDate) {
}
