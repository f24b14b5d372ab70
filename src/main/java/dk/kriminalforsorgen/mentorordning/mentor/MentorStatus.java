package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.EnumSet;
import java.util.Set;

/**
 * The registry lifecycle (DOMAIN §4): {@code APPLICANT → VETTING → (AWAITING_DIRECTORATE →)
 * APPROVED | REJECTED}, {@code APPROVED ↔ INACTIVE}, and {@code → RETIRED}. The aggregate
 * {@link Mentor} guards each transition; this enum only says which ones exist.
 */
public enum MentorStatus {
    APPLICANT,
    VETTING,
    AWAITING_DIRECTORATE,
    APPROVED,
    REJECTED,
    INACTIVE,
    RETIRED;

    public Set<MentorStatus> successors() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(VETTING, REJECTED, RETIRED);
            case VETTING -> EnumSet.of(AWAITING_DIRECTORATE, APPROVED, REJECTED, RETIRED);
            case AWAITING_DIRECTORATE -> EnumSet.of(APPROVED, REJECTED);
            // An approved mentor whose renewed check shows a registration goes back to VETTING (M8).
            case APPROVED -> EnumSet.of(INACTIVE, VETTING, RETIRED);
            case INACTIVE -> EnumSet.of(APPROVED, VETTING, RETIRED);
            case REJECTED -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.noneOf(MentorStatus.class);
        };
    }

    public boolean canMoveTo(MentorStatus next) {
        return successors().contains(next);
    }

    /**
     * AZ3: "awaiting the directorate" reveals that the person is registered in the criminal register.
     * Users without access to the vetting details see it as "under vetting".
     */
    public MentorStatus publicView() {
        return this == AWAITING_DIRECTORATE ? VETTING : this;
    }

    public String messageKey() {
        return "mentor.status." + name();
    }

    /** DKFDS badge colour class of the status (DKFDS colours badges; its "tag" is a filter chip). */
    public String badgeClass() {
        return switch (this) {
            case APPROVED -> "badge-success";
            case AWAITING_DIRECTORATE, VETTING -> "badge-warning";
            case REJECTED, RETIRED -> "badge-error";
            default -> "badge-info";
        };
    }
}
