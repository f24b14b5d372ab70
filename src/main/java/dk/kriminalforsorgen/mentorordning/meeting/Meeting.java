package dk.kriminalforsorgen.mentorordning.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

    @Column(name = "course_id")
    private Long courseId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String participants;

    private String agreements;

    @Column(name = "plan_version_number")
    private Integer planVersionNumber;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    @Getter(AccessLevel.NONE)
    private Long recordedBy;

    @Column(name = "recorded_by_name")
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
