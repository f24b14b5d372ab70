package dk.kriminalforsorgen.mentorordning.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalCaseRepository extends JpaRepository<ApprovalCase, Long> {

    List<ApprovalCase> findByMentorIdOrderByFlaggedAtDesc(Long mentorId);
}
