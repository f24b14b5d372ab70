package dk.kriminalforsorgen.mentorordning.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Integer> {
}
