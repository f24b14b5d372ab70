package dk.kriminalforsorgen.mentorordning.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findByAreaIdOrderByName(Long areaId);
}
