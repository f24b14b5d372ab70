package dk.kriminalforsorgen.mentorordning.course;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** C13: the recorded decision that a course continues across release (E6) or after supervision (E8). */
@Entity
@Immutable
@Table(name = "course_continuation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CourseContinuation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter(AccessLevel.NONE)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    private ContinuationKind kind;

    private String ruleId;

    private LocalDate confirmedOn;

    private String note;

    @Getter(AccessLevel.NONE)
    private Long byUserId;

    private String byName;

    @Getter(AccessLevel.NONE)
    private Instant recordedAt;

    CourseContinuation(Long courseId, ContinuationKind kind, LocalDate confirmedOn, String note, Actor by, Instant at) {
        this.courseId = courseId;
        this.kind = kind;
        this.ruleId = kind.rule().id();
        this.confirmedOn = confirmedOn;
        this.note = note;
        this.byUserId = by.userId();
        this.byName = by.name();
        this.recordedAt = at;
    }
}
