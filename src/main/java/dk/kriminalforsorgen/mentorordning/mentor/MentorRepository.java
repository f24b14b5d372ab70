package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MentorRepository extends JpaRepository<Mentor, Long> {

    /** CI2: the mentor row locked (SELECT … FOR UPDATE) while hours are added, so parallel bookings queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Mentor m where m.id = :id")
    Optional<Mentor> findByIdForUpdate(@Param("id") Long id);

    Optional<Mentor> findByUserId(Long userId);

    boolean existsByFirstNameAndLastNameAndBirthDate(String firstName, String lastName, java.time.LocalDate birthDate);
}
