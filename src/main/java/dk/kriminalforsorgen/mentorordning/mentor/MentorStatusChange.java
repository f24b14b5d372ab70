package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.Instant;

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
import lombok.experimental.Accessors;

import org.hibernate.annotations.Immutable;

/** One transition of a mentor's lifecycle: who, when and why. Never changed after it is written. */
@Entity
@Immutable
@Table(name = "mentor_status_change")
@Getter
@Accessors(fluent = true)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MentorStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter(AccessLevel.NONE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private MentorStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private MentorStatus to;

    private Instant changedAt;

    private String changedBy;

    private String reason;

    MentorStatusChange(MentorStatus from, MentorStatus to, Instant changedAt, String changedBy, String reason) {
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }
}
