package dk.kriminalforsorgen.mentorordning.approval;

/**
 * M8 (§7 stk. 2): the directorate has decided on a flagged mentor. Published in the transaction of the decision, so
 * a listener of another module (notifications: the coordinators of the mentor's home area) gets it reliably through
 * the event publication registry. Ids and the outcome only: never the reason, the vetting or a CPR number.
 *
 * @param caseId   the approval case
 * @param mentorId the mentor decided on
 * @param areaId   the mentor's home area (whose coordinators flagged the mentor), or null if none
 * @param approved whether the directorate approved the mentor
 */
public record MentorApprovalDecided(long caseId, long mentorId, Long areaId, boolean approved) {
}
