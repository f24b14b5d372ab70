package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseFeeRepository extends JpaRepository<CourseFee, Long> {

    List<CourseFee> findByCourseIdOrderByIdDesc(Long courseId);
}
