package dk.kriminalforsorgen.mentorordning.notification.web;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;

/** The header's count of the signed-in user's unread notices (issue 11); null when nobody is signed in
 * or the database cannot be reached. */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnreadNoticesAdvice {

    private final Notifications notifications;
    private final CurrentUsers currentUsers;

    @ModelAttribute("unreadNotices")
    public Long unreadNotices() {
        try {
            return currentUsers.current().map(user -> notifications.unread(user.id())).orElse(null);
        } catch (DataAccessException databaseUnavailable) {
            return null; // the page itself (or the 503 page) tells; the header does without its count
        }
    }
}
