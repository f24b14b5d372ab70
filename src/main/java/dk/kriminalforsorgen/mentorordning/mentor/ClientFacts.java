package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Set;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/**
 * What the registry needs to know about a client, supplied by the client feature through
 * {@link ClientDirectory}: the competent area, the unit where the client is placed (inmate) or
 * supervised (probation office) and, for an inmate, the probation office that will supervise after
 * release (both count for M5, since the course continues after release), the LS/RNR need areas rated
 * medium or higher and the preferred language for ranking.
 */
public record ClientFacts(
        long clientId,
        String displayName,
        Long areaId,
        Long currentUnitId,
        Long releaseUnitId,
        Set<NeedArea> needAreas,
        String preferredLanguage,
        String postalCode) {

    public ClientFacts {
        needAreas = needAreas == null ? Set.of() : Set.copyOf(needAreas);
    }
}
