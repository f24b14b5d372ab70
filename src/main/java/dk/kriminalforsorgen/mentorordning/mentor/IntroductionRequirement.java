package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Set;

/**
 * Issue 17: in which areas (by id) a mentor must have taken the introduction course before their first
 * appointment; the area is the one that appoints (the client's competent area, §7). Built from
 * {@link TrainingProperties} at start-up; an unknown area code stops the start.
 */
public record IntroductionRequirement(Set<Long> areaIds) {

    public IntroductionRequirement {
        areaIds = Set.copyOf(areaIds);
    }

    /** Required nowhere (the shipped setting). */
    public static IntroductionRequirement nowhere() {
        return new IntroductionRequirement(Set.of());
    }

    public boolean requiredIn(Long areaId) {
        return areaId != null && areaIds.contains(areaId);
    }
}
