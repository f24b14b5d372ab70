package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The course a matching is for, implemented by the course feature: the one matching page (DOMAIN §9)
 * serves both the client ("Find en mentor") and a course being prepared, and chooses the course's mentor
 * through this port, so the registry does not depend on courses (C1: only the deciding area; C3, M1-M10:
 * a hard rule is never overridden, another than the first candidate needs a reason).
 */
public interface CourseMatching {

    /**
     * The course being prepared that the user's area decides on (another area's course is not found,
     * AZ2); empty when it is no longer being prepared.
     */
    Optional<MatchedCourse> preparing(long courseId);

    /** Chooses the mentor of the course being prepared, with the hours a week (CI1: refused when stale). */
    void choose(long courseId, long version, Long mentorId, BigDecimal hours, String overrideReason);

    /** @param hours the hours a week to match with: those agreed while preparing, or a first proposal */
    record MatchedCourse(long courseId, long clientId, long version, BigDecimal hours) {
    }
}
