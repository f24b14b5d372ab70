package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS7: disabling a user, or changing their role or area, ends their live sessions at once; their
 * next request goes to the log-in page. The registry is backed by the sessions table, so this reaches
 * the user's sessions on every instance; sessions are indexed by user name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionControl {

    private final SessionRegistry sessions;
    private final AppUserRepository users;

    /** Issue 14: after a change of one's own password, every session of the user but the one in use ends. */
    int endOtherSessionsOf(long userId, String keptSessionId) {
        String username = users.findById(userId).map(AppUser::getUsername).orElse(null);
        if (username == null) {
            return 0;
        }
        int ended = 0;
        for (SessionInformation session : sessions.getAllSessions(username, false)) {
            if (!session.getSessionId().equals(keptSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    int endSessionsOf(long userId) {
        String username = users.findById(userId).map(AppUser::getUsername).orElse(null);
        if (username == null) {
            return 0;
        }
        int ended = 0;
        for (SessionInformation session : sessions.getAllSessions(username, false)) {
            session.expireNow();
            ended++;
        }
        return ended;
    }
}
