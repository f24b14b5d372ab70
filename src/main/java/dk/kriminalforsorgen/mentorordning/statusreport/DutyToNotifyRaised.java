package dk.kriminalforsorgen.mentorordning.statusreport;

/**
 * S4 (§8 stk. 2): a submitted status report (written by the mentor, or logged by telephone) raises
 * the duty to notify. Published in the transaction that submits the report, so a listener of another
 * module (e.g. notifications) gets it reliably through the event publication registry.
 * <p>
 * Carries ids only: never the report's text and never a CPR number. A listener that needs more
 * reads it through the status-report pages, which check access and audit.
 *
 * @param courseId          the mentor course
 * @param reportId          the status report that raised the duty
 * @param areaId            the course's area (whose coordinator is told, DOMAIN §9)
 * @param responsibleUserId the course's responsible person (C7), or null if none is recorded
 */
public record DutyToNotifyRaised(long courseId, long reportId, Long areaId, Long responsibleUserId) {
}
