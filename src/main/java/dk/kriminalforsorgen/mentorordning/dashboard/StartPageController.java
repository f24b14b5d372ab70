package dk.kriminalforsorgen.mentorordning.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * "/" shows the start page of the signed-in user's role (DOMAIN §7). Its panels (other modules' controller advice)
 * run in one transaction with their audit rows written together (issue 10).
 */
@Controller
@PageTransaction
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StartPageController {

    private final CurrentUsers currentUsers;

    @GetMapping("/")
    public String start() {
        return switch (currentUsers.require().role()) {
            case CASEWORKER -> "start/caseworker";
            case COORDINATOR -> "start/coordinator";
            case DIRECTORATE -> "start/directorate";
            case MENTOR -> "start/mentor";
        };
    }
}
