package dk.kriminalforsorgen.mentorordning.shared.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The pages around the features: log-in, the accessibility statement and keeping a session alive. */
@Controller
public class ShellController {

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    /** WS5: the accessibility statement (tilgængelighedserklæring) the law requires; public. */
    @GetMapping("/tilgaengelighed")
    public String accessibilityStatement() {
        return "accessibility";
    }

    /**
     * AS6: the idle-timeout warning's "continue" button. Touching the session is all it does; it is a
     * POST with the CSRF token like every other request that has an effect.
     */
    @PostMapping("/session/forlaeng")
    public ResponseEntity<Void> extendSession() {
        return ResponseEntity.noContent().build();
    }
}
