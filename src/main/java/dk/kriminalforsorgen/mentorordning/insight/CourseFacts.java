package dk.kriminalforsorgen.mentorordning.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * What the compliance panel knows about one open course, read from the published views
 * (course_compliance_card, client_eligibility_card, action_plan_card, course_meeting_card,
 * status_report_card, staff_card). States and kinds are the owning modules' enum names.
 */
public record CourseFacts(long courseId, long clientId, long areaId, Long unitId, String state,
                          LocalDate plannedStart, LocalDate startDate, Long responsibleUserId, String responsibleName,
                          boolean responsibleCanSignIn, Boolean continuesAfterRelease, boolean hasNoContinuationReason,
                          String continuationToConfirm, LocalDate continuationRaisedOn,
                          String custodyStatus, LocalDate expectedReleaseDate, String riskLevel,
                          LocalDate assessmentDate, boolean hasSpecialNeed, Boolean motivated,
                          LocalDate lastOfferDate, boolean offerDue, boolean planHasNeed, int taskGroups,
                          List<MeetingFact> meetings, List<ReportFact> reports) {

    public record MeetingFact(String kind, LocalDate heldOn) {
    }

    /** {@code fulfils}: submitted, acknowledged or a logged telephone report (a draft does not count, S1). */
    public record ReportFact(String kind, LocalDate periodStart, boolean fulfils) {
    }

    public boolean active() {
        return "ACTIVE".equals(state);
    }

    public boolean preparing() {
        return "PREPARING".equals(state);
    }

    public CourseFacts with(List<MeetingFact> meetings, List<ReportFact> reports) {
        return new CourseFacts(courseId, clientId, areaId, unitId, state, plannedStart, startDate, responsibleUserId,
                responsibleName, responsibleCanSignIn, continuesAfterRelease, hasNoContinuationReason,
                continuationToConfirm, continuationRaisedOn, custodyStatus, expectedReleaseDate, riskLevel,
                assessmentDate, hasSpecialNeed, motivated, lastOfferDate, offerDue, planHasNeed, taskGroups,
                meetings, reports);
    }
}
