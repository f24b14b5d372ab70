package dk.kriminalforsorgen.mentorordning.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingPlanRepository extends JpaRepository<MeetingPlan, Long> {

    List<MeetingPlan> findByCourseIdOrderByMeetingDateDescStartTimeDescIdDesc(Long courseId, Pageable page);

    Optional<MeetingPlan> findByIdAndCourseId(Long id, Long courseId);

    Optional<MeetingPlan> findByCourseIdAndStatus(Long courseId, PlanStatus status);

    List<MeetingPlan> findByCourseIdInAndStatusAndMeetingDateBetweenOrderByMeetingDateAscStartTimeAsc(
            Collection<Long> courseIds, PlanStatus status, LocalDate from, LocalDate to, Pageable page);
}
