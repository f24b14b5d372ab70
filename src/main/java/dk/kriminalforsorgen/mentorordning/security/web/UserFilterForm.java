package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.security.Role;

/** The filters of the user list: free text (user name or name), role and area; all optional. */
public record UserFilterForm(String text, Role role, Long areaId) {
}
