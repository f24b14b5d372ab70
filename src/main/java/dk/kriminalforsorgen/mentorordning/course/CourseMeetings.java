package dk.kriminalforsorgen.mentorordning.course;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;

/**
 * The meetings of an active course: the kick-off (C5, §12) and the quarterly reviews (C8, §13 stk. 3-4),
 * recorded through the meeting module's API; a review may revise the action plan in the same transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseMeetings {

    private final CourseAccess access;
    private final Meetings meetings;
    private final ActionPlans plans;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /** C5 (§12): the kick-off meeting of an active course: date, participants and the agreed guidelines. */
    public void recordKickOff(long id, Meetings.Held held) {
        kickOff(access.requireActive(id), held);
    }

    /** C5 for a course already loaded as active: the meeting written (a planned meeting points to it). */
    Meeting kickOff(MentorCourse course, Meetings.Held held) {
        long id = course.getId();
        Actor by = access.actor();
        Meeting meeting = meetings.recordKickOff(id, course.getStartDate(), held, calendar.schedule(), by.userId(),
                by.name());
        course.touch(calendar.now());
        audit.record("MEETING_RECORDED", CourseAccess.SUBJECT, id, "kick-off " + meeting.getHeldOn());
        return meeting;
    }

    /**
     * C8 (§13 stk. 3-4): a quarterly review; when the plan was revised in it, a new action-plan version
     * is made in the same transaction (the old one stays). CI1: a stale plan is refused and nothing is saved.
     */
    public Optional<Integer> recordReview(long id, Meetings.Held held, Long planVersion, PlanContent revised) {
        MentorCourse course = access.requireActive(id);
        return Optional.ofNullable(review(course, held, planVersion, revised).getPlanVersionNumber());
    }

    /** C8 for a course already loaded as active: the meeting written, with the new plan version number if any. */
    Meeting review(MentorCourse course, Meetings.Held held, Long planVersion, PlanContent revised) {
        long id = course.getId();
        Actor by = access.actor();
        meetings.checkReview(id, held.heldOn(), calendar.schedule());
        Integer newNumber = null;
        if (revised != null) {
            int before = plans.find(id).map(p -> p.plan().getCurrentNumber()).orElse(0);
            int number = plans.save(id, planVersion, revised, false, by.userId(), by.name());
            if (number != before) {
                newNumber = number;
            }
        }
        Meeting meeting = meetings.recordReview(id, held, newNumber, calendar.schedule(), by.userId(), by.name());
        course.touch(calendar.now());
        audit.record("MEETING_RECORDED", CourseAccess.SUBJECT, id, "review " + meeting.getHeldOn()
                + (newNumber == null ? "" : ", action plan version " + newNumber));
        return meeting;
    }
}
