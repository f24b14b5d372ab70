package dk.kriminalforsorgen.mentorordning.reference;


import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {
}
