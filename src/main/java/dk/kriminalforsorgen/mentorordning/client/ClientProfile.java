package dk.kriminalforsorgen.mentorordning.client;

import java.util.Set;

/**
 * The small view of a client that other features (mentor matching, the appointment rules, courses) may
 * have, from {@link ClientProfiles}: no CPR number, no histories.
 *
 * @param areaId the competent area (C1)
 * @param unitId the unit where the client is placed (inmate) or supervised (probation office)
 * @param releaseUnitId for an inmate, the probation office that will supervise after release (C2), if known
 * @param needAreas the need areas of the latest LS/RNR assessment rated medium or higher (E1)
 * @param preferredLanguage lower-case ISO code, or null
 * @param postalCode the first four-digit group of the address, or null
 */
public record ClientProfile(long id, String displayName, Long areaId, Long unitId, Long releaseUnitId,
                            Set<NeedArea> needAreas, String preferredLanguage, String postalCode) {

    public ClientProfile {
        needAreas = needAreas == null ? Set.of() : Set.copyOf(needAreas);
    }
}
