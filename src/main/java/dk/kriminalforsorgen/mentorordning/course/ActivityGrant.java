package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** C11 (§16): a limited grant for an activity with an educational purpose. */
@Entity
@Immutable
@Table(name = "activity_grant")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActivityGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long courseId;

    private LocalDate grantedOn;

    private String purpose;

    private BigDecimal amount;

    @Getter(AccessLevel.NONE)
    private Instant grantedAt;

    @Getter(AccessLevel.NONE)
    private Long grantedBy;

    private String grantedByName;

    ActivityGrant(Long courseId, LocalDate grantedOn, String purpose, BigDecimal amount, Actor by, Instant at) {
        this.courseId = courseId;
        this.grantedOn = grantedOn;
        this.purpose = purpose;
        this.amount = amount;
        this.grantedBy = by.userId();
        this.grantedByName = by.name();
        this.grantedAt = at;
    }
}
