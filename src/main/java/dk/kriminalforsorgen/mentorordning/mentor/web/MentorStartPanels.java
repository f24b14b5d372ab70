package dk.kriminalforsorgen.mentorordning.mentor.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.RegistryOverview;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/** The registry's panel on the coordinator's start page (DOMAIN §7). Applies to the dashboard's controllers only. */
@ControllerAdvice(basePackages = "dk.kriminalforsorgen.mentorordning.dashboard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MentorStartPanels {

    private final RegistryOverview overview;
    private final CurrentUsers currentUsers;

    @ModelAttribute("mentorPanel")
    RegistryOverview.Panel mentorPanel() {
        CurrentUser user = currentUsers.current().orElse(null);
        if (user == null || !user.is(Role.COORDINATOR) || user.areaId() == null) {
            return null;
        }
        return overview.forArea(user.areaId());
    }
}
