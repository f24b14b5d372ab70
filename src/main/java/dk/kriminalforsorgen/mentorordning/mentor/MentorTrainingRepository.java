package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorTrainingRepository extends JpaRepository<MentorTraining, Long> {

    List<MentorTraining> findByMentorIdOrderByTakenOnDescIdDesc(Long mentorId, Limit limit);

    Optional<MentorTraining> findFirstByMentorIdAndKindOrderByTakenOnAsc(Long mentorId, TrainingKind kind);

    Optional<MentorTraining> findByIdAndMentorId(Long id, Long mentorId);
}
