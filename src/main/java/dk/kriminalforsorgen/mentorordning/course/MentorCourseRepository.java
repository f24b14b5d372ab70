package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorCourseRepository extends JpaRepository<MentorCourse, Long> {

    List<MentorCourse> findByClientIdAndState(Long clientId, CourseState state);

    Optional<MentorCourse> findFirstByClientIdAndStateNot(Long clientId, CourseState state);

    List<MentorCourse> findByClientIdOrderByIdDesc(Long clientId);
}
