package dk.kriminalforsorgen.mentorordning.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/** C12 / DOMAIN §9: one goal of the final action-plan version with its coded outcome. */
@Embeddable
public class CourseGoalOutcome {

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_area")
    private NeedArea needArea;

    private String description;

    @Enumerated(EnumType.STRING)
    private GoalOutcome outcome;

    protected CourseGoalOutcome() {
    }

    public CourseGoalOutcome(int position, NeedArea needArea, String description, GoalOutcome outcome) {
        this.position = position;
        this.needArea = needArea;
        this.description = description;
        this.outcome = outcome;
    }

    public int getPosition() {
        return position;
    }

    public NeedArea getNeedArea() {
        return needArea;
    }

    public String getDescription() {
        return description;
    }

    public GoalOutcome getOutcome() {
        return outcome;
    }
}
