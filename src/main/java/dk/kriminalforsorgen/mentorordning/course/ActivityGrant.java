package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** C11 (§16): a limited grant for an activity with an educational purpose. */
@Entity
@Immutable
@Table(name = "activity_grant")
public class ActivityGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    private String purpose;

    private BigDecimal amount;

    @Column(name = "granted_at")
    private Instant grantedAt;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_by_name")
    private String grantedByName;

    protected ActivityGrant() {
    }

    ActivityGrant(Long courseId, LocalDate grantedOn, String purpose, BigDecimal amount, Actor by, Instant at) {
        this.courseId = courseId;
        this.grantedOn = grantedOn;
        this.purpose = purpose;
        this.amount = amount;
        this.grantedBy = by.userId();
        this.grantedByName = by.name();
        this.grantedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getGrantedByName() {
        return grantedByName;
    }
}
