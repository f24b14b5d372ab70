package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Set;

/**
 * What the registry needs to know about a client, supplied by the client feature through
 * {@link ClientDirectory}: the competent area, the unit where the client is placed (inmate) or
 * supervised (probation office) for M5, the LS/RNR need areas and the preferred language for ranking.
 */
public record ClientFacts(
        long clientId,
        String displayName,
        Long areaId,
        Long currentUnitId,
        Set<NeedArea> needAreas,
        String preferredLanguage,
        String postalCode) {

    public ClientFacts {
        needAreas = needAreas == null ? Set.of() : Set.copyOf(needAreas);
    }
}
