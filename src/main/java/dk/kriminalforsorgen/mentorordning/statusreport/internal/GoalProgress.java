package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import jakarta.persistence.Embeddable;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** S2: the progress towards one action-plan goal; the goal is copied so the report stays true after a revision. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GoalProgress {

    private int position;

    private String needArea;

    private String goal;

    private String progress;

    public GoalProgress(int position, String needArea, String goal, String progress) {
        this.position = position;
        this.needArea = needArea;
        this.goal = goal;
        this.progress = ReportContent.blankToNull(progress);
    }
}
