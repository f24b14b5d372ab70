package dk.kriminalforsorgen.mentorordning.meeting;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Records meetings by course id in the caller's transaction. The course feature has checked that the
 * course is active and visible (C1, AZ2), and audits (AU1); the rules C5 and C8 are checked here.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Meetings {

    private final MeetingRepository meetings;
    private final Clock clock;

    /** A meeting to record: date, participants and what was agreed (C5) or discussed (C8). */
    public record Held(LocalDate heldOn, String participants, String agreements) {
    }

    public List<Meeting> of(long courseId) {
        return meetings.findByCourseIdOrderByHeldOnDescIdDesc(courseId);
    }

    public Meeting recordKickOff(long courseId, LocalDate startDate, Held held, MeetingSchedule schedule, Long byId,
                                 String byName) {
        List<RuleViolation> violations = schedule.checkKickOff(of(courseId), startDate, held.heldOn(),
                LocalDate.now(clock));
        throwFirst(violations);
        return meetings.saveAndFlush(new Meeting(courseId, MeetingKind.KICK_OFF, held.heldOn(), held.participants(),
                held.agreements(), null, byId, byName, Instant.now(clock)));
    }

    /** Checks a review before the action plan is revised, so nothing is half-written. */
    public void checkReview(long courseId, LocalDate heldOn, MeetingSchedule schedule) {
        throwFirst(schedule.checkReview(of(courseId), heldOn, LocalDate.now(clock)));
    }

    public Meeting recordReview(long courseId, Held held, Integer planVersionNumber, MeetingSchedule schedule,
                                Long byId, String byName) {
        checkReview(courseId, held.heldOn(), schedule);
        return meetings.saveAndFlush(new Meeting(courseId, MeetingKind.REVIEW, held.heldOn(), held.participants(),
                held.agreements(), planVersionNumber, byId, byName, Instant.now(clock)));
    }

    private static void throwFirst(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
    }
}
