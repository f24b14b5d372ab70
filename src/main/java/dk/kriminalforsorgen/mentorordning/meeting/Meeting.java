package dk.kriminalforsorgen.mentorordning.meeting;

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

/** A meeting held: when, who took part and what was agreed; never changed afterwards. */
@Entity
@Immutable
@Table(name = "course_meeting")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private LocalDate heldOn;

    private String participants;

    private String agreements;

    private Integer planVersionNumber;

    private Instant recordedAt;

    @Getter(AccessLevel.NONE)
    private Long recordedBy;

    private String recordedByName;

    Meeting(Long courseId, MeetingKind kind, LocalDate heldOn, String participants, String agreements,
            Integer planVersionNumber, Long by, String byName, Instant at) {
        this.courseId = courseId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.participants = participants;
        this.agreements = agreements;
        this.planVersionNumber = planVersionNumber;
        this.recordedBy = by;
        this.recordedByName = byName;
        this.recordedAt = at;
    }
}
