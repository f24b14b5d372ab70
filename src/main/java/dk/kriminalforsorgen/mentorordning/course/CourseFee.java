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

/** C9 (§14 stk. 1-2): the monthly fee set by the area from the scope of the task, from a date; history kept. */
@Entity
@Immutable
@Table(name = "course_fee")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CourseFee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long courseId;

    private BigDecimal monthlyAmount;

    private LocalDate validFrom;

    private String basis;

    private Instant setAt;

    @Getter(AccessLevel.NONE)
    private Long setBy;

    private String setByName;

    CourseFee(Long courseId, BigDecimal monthlyAmount, LocalDate validFrom, String basis, Actor by, Instant at) {
        this.courseId = courseId;
        this.monthlyAmount = monthlyAmount;
        this.validFrom = validFrom;
        this.basis = basis;
        this.setBy = by.userId();
        this.setByName = by.name();
        this.setAt = at;
    }
}
