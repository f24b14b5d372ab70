package dk.kriminalforsorgen.mentorordning.security;

import java.time.Instant;

/**
 * Issue 14: a one-time invitation link was issued to a user (staff or mentor), so that it can be e-mailed to the
 * user's own address (the notification module's outbox). Published synchronously inside the issuing transaction and
 * only to plain {@code @EventListener}s: the event carries the token, and an {@code @ApplicationModuleListener} would
 * have the event publication registry store it in clear. {@code token} is the link's last segment
 * ({@link AccountInvitations#PATH} + token).
 *
 * @param userId the invited user (the e-mail goes to their address, if they have one)
 * @param invitationId the invitation (an e-mail per invitation)
 * @param token the one-time token; never logged or stored by a listener other than in the outbox until sent
 * @param expiresAt when the link stops working
 */
public record AccountInvitationIssued(long userId, long invitationId, String token, Instant expiresAt) {

    @Override
    public String toString() {
        // never the token in a log line
        return "AccountInvitationIssued[userId=" + userId + ", invitationId=" + invitationId + ", expiresAt=" + expiresAt + "]";
    }
}
