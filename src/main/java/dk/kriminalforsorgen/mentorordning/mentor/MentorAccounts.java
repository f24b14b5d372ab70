package dk.kriminalforsorgen.mentorordning.mentor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitations;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/**
 * Issue 14: a registry mentor's own account. A coordinator of the mentor's home area invites an approved mentor from
 * the registry page: the first time a user of role MENTOR is made and linked to the record ({@code mentor.user_id}),
 * and every time a one-time invitation link is issued (an earlier one stops working). Another area's mentor answers
 * 404 (AZ2). When the area deactivates or retires the mentor, the account is disabled and its sessions end; when it
 * reactivates the mentor, the account is enabled again ({@link MentorRegistry#decide}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorAccounts {

    private final MentorLoader loader;
    private final AccountInvitations invitations;
    private final AuditService audit;

    public AccountInvitations.Issued invite(long mentorId) {
        Mentor mentor = loader.findChangeable(mentorId);
        if (mentor.getStatus() != MentorStatus.APPROVED) {
            throw Refusal.general(Check.REGISTRY_STATUS, "mentor.invite.notApproved");
        }
        Long userId = mentor.getUserId();
        if (userId == null) {
            userId = invitations.createMentorAccount(freeUsername(mentor), mentor.fullName(), mentor.getEmail());
            mentor.linkUser(userId);
            loader.save(mentor);
        }
        AccountInvitations.Issued issued = invitations.invite(userId);
        audit.record("MENTOR_INVITED", MentorRegistry.SUBJECT, mentorId, "user " + userId);
        return issued;
    }

    /** Keeps the linked account in step with an area's decision on the mentor. */
    void afterDecision(Mentor mentor) {
        if (mentor.getUserId() == null) {
            return;
        }
        switch (mentor.getStatus()) {
            case INACTIVE, RETIRED, REJECTED -> invitations.disableMentorAccount(mentor.getUserId(),
                    "mentor " + mentor.getId() + " " + mentor.getStatus());
            case APPROVED -> invitations.enableMentorAccount(mentor.getUserId(),
                    "mentor " + mentor.getId() + " " + mentor.getStatus());
            default -> {
                // vetting again (M8): the account stays as it is
            }
        }
    }

    /** {@code mentor.<id>}, or with a suffix in the unlikely case that an administrator already took the name. */
    private String freeUsername(Mentor mentor) {
        String base = "mentor." + mentor.getId();
        String name = base;
        for (int i = 2; invitations.usernameTaken(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
