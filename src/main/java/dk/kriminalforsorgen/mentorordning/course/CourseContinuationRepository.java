package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseContinuationRepository extends JpaRepository<CourseContinuation, Long> {

    List<CourseContinuation> findByCourseIdOrderByIdDesc(Long courseId);
}
