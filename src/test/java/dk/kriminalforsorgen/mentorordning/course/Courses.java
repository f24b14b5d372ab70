package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Test data factories for mentor courses, named by state (DESIGN §4). */
public final class Courses {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    public static final Actor CASEWORKER = new Actor(7L, "Signe Holm", 1L);
    static final long AREA = 1L;

    private Courses() {
    }

    public static MentorCourse preparing() {
        return MentorCourse.prepare(42L, AREA, TODAY, CASEWORKER, NOW);
    }

    public static MentorCourse preparingWithProposal() {
        MentorCourse course = preparing();
        course.recordProposal(ProposalKind.NONE, null, null, TODAY, NOW);
        return course;
    }

    public static MentorCourse.Establishment decision() {
        return new MentorCourse.Establishment(5L, new BigDecimal("4"), 7L, "Signe Holm", TODAY, null, null);
    }

    public static MentorCourse active() {
        MentorCourse course = preparingWithProposal();
        course.establish(decision(), false, true, true, CASEWORKER, NOW);
        return course;
    }
}
