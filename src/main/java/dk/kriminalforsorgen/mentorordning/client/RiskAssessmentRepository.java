package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByClientIdOrderByAssessedOnDescIdDesc(Long clientId);
}
