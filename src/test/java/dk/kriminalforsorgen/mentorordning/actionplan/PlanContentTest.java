package dk.kriminalforsorgen.mentorordning.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** C4 (§9 stk. 2) and C6 (§13 stk. 1): what a plan must say. */
class PlanContentTest {

    @Test
    void C4_aPlanDescribesTheNeedWithADescriptionAndAGoal() {
        PlanContent plan = new PlanContent("Har brug for støtte til struktur og job",
                List.of(new PlanContent.GoalText(NeedArea.EDUCATION_EMPLOYMENT, "Fast job inden et år")), List.of());
        assertThat(plan.describesNeed()).isTrue();
    }

    @Test
    void C4_aPlanWithoutTheNeedOrWithoutGoalsDoesNotDescribeIt() {
        assertThat(new PlanContent(" ", List.of(new PlanContent.GoalText(NeedArea.COMPANIONS, "x")), List.of())
                .describesNeed()).isFalse();
        assertThat(new PlanContent("Behov", List.of(new PlanContent.GoalText(NeedArea.COMPANIONS, " ")), List.of())
                .describesNeed()).isFalse();
    }

    @Test
    void C6_aPlanDividesTasksWhenTheMentorHasTasksInAGroup() {
        PlanContent plan = new PlanContent("Behov", List.of(), List.of(
                new PlanContent.Tasks(TaskGroup.PRACTICAL, "Hjælp med budget", "Kontakt til kommunen"),
                new PlanContent.Tasks(TaskGroup.PERSONAL, " ", "")));
        assertThat(plan.dividesTasks()).isTrue();
        assertThat(plan.tasks()).hasSize(1);
    }

    @Test
    void C6_aPlanWithOnlyTheServiceTasksDoesNotDivideThem() {
        assertThat(new PlanContent("Behov", List.of(), List.of(new PlanContent.Tasks(TaskGroup.COMMUNICATION, null,
                "Sagsbehandler tager kontakten"))).dividesTasks()).isFalse();
    }
}
