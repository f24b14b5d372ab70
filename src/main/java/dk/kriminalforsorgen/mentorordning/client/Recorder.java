package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.security.CurrentUser;

/** Who records a change; copied into history rows so they stay true after the user changes. */
record Recorder(Long userId, String name, boolean certifiedAssessor, Long areaId) {

    static Recorder of(CurrentUser user) {
        return new Recorder(user.id(), user.displayName(), user.certifiedAssessor(), user.areaId());
    }
}
