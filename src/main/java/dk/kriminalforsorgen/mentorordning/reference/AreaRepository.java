package dk.kriminalforsorgen.mentorordning.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, Long> {
}
