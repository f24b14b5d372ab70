package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * AS7: disabling a user, or changing their role or area, ends their live sessions at once; their
 * next request goes to the log-in page.
 */
@Component
class SessionControl {

    private final SessionRegistry sessions;

    SessionControl(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    int endSessionsOf(long userId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof CurrentUser user && user.id() == userId) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
