package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The records a course keeps about itself, for its page: hand-overs, continuations, fees and grants. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseHistory {

    private final CourseHandoverRepository handovers;
    private final CourseContinuationRepository continuations;
    private final CourseFeeRepository fees;
    private final ActivityGrantRepository grants;

    List<CourseHandover> handovers(long courseId) {
        return handovers.findByCourseIdOrderByIdDesc(courseId);
    }

    List<CourseContinuation> continuations(long courseId) {
        return continuations.findByCourseIdOrderByIdDesc(courseId);
    }

    List<CourseFee> fees(long courseId) {
        return fees.findByCourseIdOrderByIdDesc(courseId);
    }

    List<ActivityGrant> grants(long courseId) {
        return grants.findByCourseIdOrderByIdDesc(courseId);
    }

    /** C11 (§16): what was granted to the course in the calendar year of {@code day}. */
    BigDecimal grantedInYearOf(long courseId, LocalDate day) {
        return grants.sumBetween(courseId, CourseCalendar.yearStart(day), CourseCalendar.yearEnd(day));
    }
}
