package dk.kriminalforsorgen.mentorordning.client.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.ClientSearch;
import dk.kriminalforsorgen.mentorordning.dashboard.StartPageController;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;

/** E9 on the start page of caseworkers and coordinators: the area's clients who must be offered a mentor and have no offer. */
@ControllerAdvice(assignableTypes = StartPageController.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StartPanelAdvice {

    static final int PANEL_SIZE = 10;

    private final ClientSearch search;
    private final CurrentUsers currentUsers;

    @ModelAttribute("offerDueClients")
    public ClientSearch.Page offerDueClients() {
        return currentUsers.current()
                .filter(user -> user.role().belongsToArea())
                .map(user -> search.offerDue(PANEL_SIZE))
                .orElse(null);
    }
}
