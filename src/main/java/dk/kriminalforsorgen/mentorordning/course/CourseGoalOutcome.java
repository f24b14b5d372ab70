package dk.kriminalforsorgen.mentorordning.course;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/** C12 / DOMAIN §9: one goal of the final action-plan version with its coded outcome. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CourseGoalOutcome {

    private int position;

    @Enumerated(EnumType.STRING)
    private NeedArea needArea;

    private String description;

    @Enumerated(EnumType.STRING)
    private GoalOutcome outcome;

    public CourseGoalOutcome(int position, NeedArea needArea, String description, GoalOutcome outcome) {
        this.position = position;
        this.needArea = needArea;
        this.description = description;
        this.outcome = outcome;
    }
}
