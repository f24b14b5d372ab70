package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentorCourseRepository extends JpaRepository<MentorCourse, Long> {

    List<MentorCourse> findByClientIdAndState(Long clientId, CourseState state);
}
