package dk.kriminalforsorgen.mentorordning.course;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser journey's own course (the journeys live in another package than {@link CourseSteps}): made
 * through the domain's use cases with the {@code TestUsers}, never the demo data.
 */
public final class CourseJourneyData {

    /** A course ready for the establishment decision, with the names the pages show. */
    public record Ready(long courseId, String clientName, String mentorName) {
    }

    private final CourseSteps steps;
    private final JdbcTemplate jdbc;

    public CourseJourneyData(ApplicationContext context) {
        this.steps = new CourseSteps(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A new eligible client's course with proposal, plan (C3, C4, C6) and a chosen mentor, 3 hours a week. */
    public Ready readyForEstablishment() {
        long course = steps.readyWithMentor("3");
        String client = jdbc.queryForObject("""
                select c.first_name || ' ' || c.last_name from client c join mentor_course k on k.client_id = c.id
                where k.id = ?""", String.class, course);
        String mentor = jdbc.queryForObject("""
                select m.first_name || ' ' || m.last_name from mentor m join mentor_course k on k.mentor_id = m.id
                where k.id = ?""", String.class, course);
        return new Ready(course, client, mentor);
    }
}
