package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustodyStatusChangeRepository extends JpaRepository<CustodyStatusChange, Long> {

    List<CustodyStatusChange> findByClientIdOrderByValidFromDescIdDesc(Long clientId);
}
