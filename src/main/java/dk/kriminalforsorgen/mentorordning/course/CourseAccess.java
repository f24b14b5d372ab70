package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;

/**
 * Loads and saves courses for the use-case services, with the area rules every load must pass: a course
 * is visible to its current area, to the areas it was handed over from (C2: both see the history) and to
 * the directorate (AZ2; another area gets 404, audited); only its current area decides (C1, §7 stk. 1).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseAccess {

    static final String SUBJECT = "COURSE";

    private final MentorCourseRepository courses;
    private final CourseQueries queries;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;

    /** AZ2 and C2: visible to the course's area, to the areas it was handed over from, and to the directorate. */
    MentorCourse loadVisible(long id) {
        MentorCourse course = courses.findById(id).orElseThrow(() -> new NotFoundException("course " + id));
        if (access.canSee(course.areaId())) {
            return course;
        }
        Long userArea = currentUsers.current().map(CurrentUser::areaId).orElse(null);
        if (userArea != null && queries.handedOverFrom(id, userArea)) {
            return course;
        }
        return access.requireVisible(course, SUBJECT, id);
    }

    /** Whether the user may see a course of the given area, as {@link #loadVisible} but without refusing: for lists. */
    boolean isVisible(long id, Long areaId) {
        if (access.canSee(areaId)) {
            return true;
        }
        Long userArea = currentUsers.current().map(CurrentUser::areaId).orElse(null);
        return userArea != null && queries.handedOverFrom(id, userArea);
    }

    /** C1 (§7 stk. 1): decisions only by users of the course's current area. */
    MentorCourse requireDeciding(long id) {
        MentorCourse course = loadVisible(id);
        if (!canDecide(course)) {
            throw Refusal.general(Rule.C1, "course.C1.otherArea");
        }
        return course;
    }

    /** A decision on an active course only (meetings, grants): a state check, not a rule of its own. */
    MentorCourse requireActive(long id) {
        MentorCourse course = requireDeciding(id);
        if (!course.isActive()) {
            throw Refusal.general(Check.STATE, "course.meeting.notActive");
        }
        return course;
    }

    boolean canDecide(MentorCourse course) {
        return currentUsers.current().map(u -> u.areaId() != null && u.areaId().equals(course.areaId())).orElse(false);
    }

    /** A client's active courses, without an area check: for C13, which reacts to a status change, not to a user. */
    List<MentorCourse> activeCoursesOf(long clientId) {
        return courses.findByClientIdAndState(clientId, CourseState.ACTIVE);
    }

    MentorCourse save(MentorCourse course) {
        return courses.saveAndFlush(course);
    }

    /** The user's area for lists, or null for the directorate (all areas). */
    Long areaFilter() {
        return access.areaFilter();
    }

    CurrentUser user() {
        return currentUsers.require();
    }

    Actor actor() {
        return Actor.of(currentUsers.require());
    }
}
