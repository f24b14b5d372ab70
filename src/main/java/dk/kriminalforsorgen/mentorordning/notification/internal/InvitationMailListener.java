package dk.kriminalforsorgen.mentorordning.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitationIssued;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitations;

/**
 * Issue 14: an invitation link (a new staff or mentor account, a password reset) is e-mailed to the invited user's
 * own address. A plain, synchronous listener in the issuing transaction, unlike the module's other listeners: the
 * event carries the token, which the event publication registry would otherwise store in clear, and the e-mail is
 * queued with the invitation or not at all.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationMailListener {

    private final Notifications notifications;

    @EventListener
    void on(AccountInvitationIssued event) {
        notifications.mailInvitation(event.userId(), event.invitationId(), AccountInvitations.PATH, event.token(),
                event.expiresAt());
    }
}
