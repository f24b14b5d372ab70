package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Issue 17: one training a mentor took (course name and kind, date, hours), recorded by the registry. */
@Entity
@Table(name = "mentor_training")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MentorTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mentorId;

    @Enumerated(EnumType.STRING)
    private TrainingKind kind;

    private String name;

    private LocalDate takenOn;

    private BigDecimal hours;

    private Instant recordedAt;

    private String recordedBy;

    @Version
    private long version;

    MentorTraining(Long mentorId, MentorTrainings.TrainingInput input, Instant at, String by) {
        this.mentorId = mentorId;
        this.recordedAt = at;
        this.recordedBy = by;
        apply(input);
    }

    void apply(MentorTrainings.TrainingInput input) {
        this.kind = input.kind();
        this.name = input.name().strip();
        this.takenOn = input.takenOn();
        this.hours = input.hours();
    }

    /** The recorded values, for the audit row of a correction. */
    String describe() {
        return kind + " \"" + name + "\" " + takenOn + " " + hours.toPlainString() + "t";
    }
}
