package dk.kriminalforsorgen.mentorordning.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanVersionRepository extends JpaRepository<ActionPlanVersion, Long> {

    Optional<ActionPlanVersion> findByPlanIdAndNumber(Long planId, int number);

    List<ActionPlanVersion> findByPlanIdOrderByNumberDesc(Long planId);
}
