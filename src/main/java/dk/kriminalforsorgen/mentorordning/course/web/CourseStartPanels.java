package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.CourseReassignment;
import dk.kriminalforsorgen.mentorordning.dashboard.StartPageController;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * DOMAIN §7 on the start page: the caseworker's courses with what is due, overdue first (C5, C8, C13),
 * and the coordinator's area overview by state with the overdue reviews. One query per panel.
 */
@ControllerAdvice(assignableTypes = StartPageController.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseStartPanels {

    private final CourseReading courses;
    private final CurrentUsers currentUsers;
    private final CourseReassignment reassignment;

    /** The user's courses, most urgent first: at most {@link #MY_COURSES_SHOWN} on the page, with the total. */
    @ModelAttribute
    public void myCourses(org.springframework.ui.Model model) {
        CourseQueries.Mine mine = currentUsers.current().filter(u -> u.is(Role.CASEWORKER) || u.is(Role.COORDINATOR))
                .map(u -> courses.myCourses(MY_COURSES_SHOWN)).orElse(null);
        model.addAttribute("myCourses", mine == null ? null : mine.rows());
        model.addAttribute("myCoursesTotal", mine == null ? 0 : mine.total());
    }

    static final int MY_COURSES_SHOWN = 25;

    @ModelAttribute("areaCourseCounts")
    public CourseQueries.AreaCounts areaCourseCounts() {
        return currentUsers.current().filter(u -> u.is(Role.COORDINATOR)).map(u -> courses.areaCounts()).orElse(null);
    }

    @ModelAttribute("areaOverdueCourses")
    public List<CourseQueries.CourseRow> areaOverdue() {
        return currentUsers.current().filter(u -> u.is(Role.COORDINATOR)).map(u -> courses.areaOverdue()).orElse(null);
    }

    @ModelAttribute("areaOverdueCount")
    public Integer areaOverdueCount() {
        return currentUsers.current().filter(u -> u.is(Role.COORDINATOR)).map(u -> courses.areaOverdueCount()).orElse(null);
    }

    /** Issue 11: the coordinator's people who are gone from open courses of the area (C7, C1), with the way to act. */
    @ModelAttribute
    public void gonePeople(org.springframework.ui.Model model) {
        boolean coordinator = currentUsers.current().filter(u -> u.is(Role.COORDINATOR) && u.areaId() != null).isPresent();
        model.addAttribute("goneResponsibles", coordinator ? reassignment.goneResponsibles() : null);
        model.addAttribute("goneMentors", coordinator ? reassignment.goneMentors() : null);
    }

    @ModelAttribute("courseToday")
    public java.time.LocalDate today() {
        return courses.today();
    }
}
