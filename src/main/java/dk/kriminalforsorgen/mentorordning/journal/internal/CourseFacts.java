package dk.kriminalforsorgen.mentorordning.journal.internal;

import dk.kriminalforsorgen.mentorordning.security.AreaScoped;

/** What the journal needs of a course, from the course module's published view {@code course_card}. */
public record CourseFacts(long id, Long areaId, String state, Long mentorId, Long responsibleUserId)
        implements AreaScoped {

    public boolean active() {
        return "ACTIVE".equals(state);
    }
}
