package dk.kriminalforsorgen.mentorordning.actionplan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The action plan of one mentor course: which version is current. Versioned (CI1): two caseworkers
 * editing the same plan, the second is refused and keeps their input.
 */
@Entity
@Table(name = "action_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    private int currentNumber;

    @Getter(AccessLevel.NONE)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    ActionPlan(Long courseId, Instant at) {
        this.courseId = courseId;
        this.currentNumber = 1;
        this.createdAt = at;
        this.updatedAt = at;
    }

    int nextNumber(Instant at) {
        currentNumber++;
        updatedAt = at;
        return currentNumber;
    }

    void touch(Instant at) {
        updatedAt = at;
    }
}
