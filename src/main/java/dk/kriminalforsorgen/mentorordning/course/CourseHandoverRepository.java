package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseHandoverRepository extends JpaRepository<CourseHandover, Long> {

    List<CourseHandover> findByCourseIdOrderByIdDesc(Long courseId);
}
