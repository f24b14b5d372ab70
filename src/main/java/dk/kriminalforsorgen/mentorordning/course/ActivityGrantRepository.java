package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityGrantRepository extends JpaRepository<ActivityGrant, Long> {

    List<ActivityGrant> findByCourseIdOrderByIdDesc(Long courseId);

    @Query("select coalesce(sum(g.amount), 0) from ActivityGrant g where g.courseId = ?1 and g.grantedOn between ?2 and ?3")
    BigDecimal sumBetween(Long courseId, LocalDate from, LocalDate to);
}
