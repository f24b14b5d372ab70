package dk.kriminalforsorgen.mentorordning.meeting;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * The meeting rules of a course, as pure functions of its meetings and dates:
 * C5 (§12): after establishment one kick-off meeting agrees the guidelines for the cooperation;
 * it is due within {@code kickOffWithin} of the start.
 * C8 (§13 stk. 3-4): the parties meet every third month; the next review is due
 * {@code reviewInterval} after the latest meeting (kick-off or review).
 */
@RequiredArgsConstructor
public final class MeetingSchedule {

    private final Period reviewInterval;
    private final Period kickOffWithin;

    /** What is due next for an active course: the kick-off or the next review, with its date. */
    public record Due(MeetingKind kind, LocalDate dueOn) {

        public boolean overdue(LocalDate today) {
            return dueOn.isBefore(today);
        }

        public String messageKey(LocalDate today) {
            return "meeting.due." + kind.name() + (overdue(today) ? ".overdue" : ".due");
        }
    }

    public Period reviewInterval() {
        return reviewInterval;
    }

    public Period kickOffWithin() {
        return kickOffWithin;
    }

    /** The next meeting due for a course that started on {@code startDate}, given its meetings. */
    public Due nextDue(LocalDate startDate, List<Meeting> meetings) {
        Optional<Meeting> latest = latest(meetings);
        boolean kickOffHeld = meetings.stream().anyMatch(m -> m.getKind() == MeetingKind.KICK_OFF);
        if (!kickOffHeld) {
            return new Due(MeetingKind.KICK_OFF, startDate.plus(kickOffWithin));
        }
        return new Due(MeetingKind.REVIEW, nextReviewDue(latest.orElseThrow().getHeldOn()));
    }

    /** C8: three months (configurable) after the latest meeting. */
    public LocalDate nextReviewDue(LocalDate latestMeeting) {
        return latestMeeting.plus(reviewInterval);
    }

    /** C5: the kick-off of an active course that started on {@code startDate}. Every broken rule. */
    public List<RuleViolation> checkKickOff(List<Meeting> meetings, LocalDate startDate, LocalDate heldOn,
                                            LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (meetings.stream().anyMatch(m -> m.getKind() == MeetingKind.KICK_OFF)) {
            violations.add(RuleViolation.general(Rule.C5, "meeting.kickOff.alreadyHeld"));
        }
        checkDate(heldOn, today, violations);
        if (heldOn != null && startDate != null && heldOn.isBefore(startDate)) {
            violations.add(RuleViolation.onField(Rule.C5, "heldOn", "meeting.kickOff.beforeStart", DanishFormat.date(startDate)));
        }
        return violations;
    }

    /** C8: a review follows the kick-off and is not dated before the latest meeting. Every broken rule. */
    public List<RuleViolation> checkReview(List<Meeting> meetings, LocalDate heldOn, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (meetings.stream().noneMatch(m -> m.getKind() == MeetingKind.KICK_OFF)) {
            violations.add(RuleViolation.general(Rule.C8, "meeting.review.noKickOff"));
        }
        checkDate(heldOn, today, violations);
        Optional<Meeting> latest = latest(meetings);
        if (heldOn != null && latest.isPresent() && heldOn.isBefore(latest.get().getHeldOn())) {
            violations.add(RuleViolation.onField(Rule.C8, "heldOn", "meeting.review.beforeLatest",
                    DanishFormat.date(latest.get().getHeldOn())));
        }
        return violations;
    }

    private static void checkDate(LocalDate heldOn, LocalDate today, List<RuleViolation> violations) {
        if (heldOn != null && heldOn.isAfter(today)) {
            violations.add(RuleViolation.onField(Check.INPUT, "heldOn", "meeting.heldOn.future"));
        }
    }

    private static Optional<Meeting> latest(List<Meeting> meetings) {
        return meetings.stream().max(Comparator.comparing(Meeting::getHeldOn).thenComparing(m -> m.getId() == null ? 0 : m.getId()));
    }
}
