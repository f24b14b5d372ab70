package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.security.CurrentUser;

/** Who takes a decision; the name is copied into the record so it stays true after the user changes. */
public record Actor(Long userId, String name, Long areaId) {

    public static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.displayName(), user.areaId());
    }
}
