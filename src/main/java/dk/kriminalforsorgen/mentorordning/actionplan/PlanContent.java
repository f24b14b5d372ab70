package dk.kriminalforsorgen.mentorordning.actionplan;

import java.util.List;
import java.util.Objects;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/**
 * What one version of an action plan says: the need for a mentor (C4, §9 stk. 2), the goals and the
 * task division (C6, §13 stk. 1). Empty goals and task groups are left out. {@code municipal} (issue 17): the
 * cooperation with the client's municipality; null means "as in the current version" (carried into the new one).
 */
public record PlanContent(String needDescription, List<GoalText> goals, List<Tasks> tasks,
                          MunicipalCooperation municipal) {

    /** The content without a say about the municipality: the current version's cooperation is kept. */
    public PlanContent(String needDescription, List<GoalText> goals, List<Tasks> tasks) {
        this(needDescription, goals, tasks, null);
    }

    public record GoalText(NeedArea needArea, String description) {
    }

    public record Tasks(TaskGroup taskGroup, String mentorTasks, String serviceTasks) {

        boolean empty() {
            return TaskDivision.blankToNull(mentorTasks) == null && TaskDivision.blankToNull(serviceTasks) == null;
        }
    }

    public PlanContent {
        needDescription = needDescription == null ? "" : needDescription.strip();
        goals = goals == null ? List.of() : goals.stream()
                .filter(g -> g != null && g.needArea() != null && g.description() != null && !g.description().isBlank())
                .map(g -> new GoalText(g.needArea(), g.description().strip())).toList();
        tasks = tasks == null ? List.of() : tasks.stream().filter(t -> t != null && t.taskGroup() != null && !t.empty())
                .map(t -> new Tasks(t.taskGroup(), TaskDivision.blankToNull(t.mentorTasks()),
                        TaskDivision.blankToNull(t.serviceTasks())))
                .toList();
    }

    /** C4 (§9 stk. 2): the plan describes why the client needs a mentor, with at least one goal. */
    public boolean describesNeed() {
        return !needDescription.isBlank() && !goals.isEmpty();
    }

    /** C6 (§13 stk. 1): the plan divides at least one task group between mentor and service. */
    public boolean dividesTasks() {
        return tasks.stream().anyMatch(t -> t.mentorTasks() != null);
    }

    /** The same content with the municipal cooperation of {@code current} where this one has none (carry-over). */
    public PlanContent carrying(MunicipalCooperation current) {
        return municipal != null ? this
                : new PlanContent(needDescription, goals, tasks, current == null ? MunicipalCooperation.none() : current);
    }

    /** The same content: a null cooperation (carried over) counts as unchanged. */
    public boolean sameAs(PlanContent other) {
        return other != null && Objects.equals(needDescription, other.needDescription)
                && Objects.equals(goals, other.goals) && Objects.equals(tasks, other.tasks)
                && (municipal == null || other.municipal == null || municipal.equals(other.municipal));
    }
}
