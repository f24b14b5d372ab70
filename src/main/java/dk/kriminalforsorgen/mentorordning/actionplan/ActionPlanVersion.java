package dk.kriminalforsorgen.mentorordning.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** One numbered version of an action plan (C8: old versions stay readable). */
@Entity
@Table(name = "action_plan_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActionPlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long planId;

    private int number;

    private String needDescription;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_plan_goal", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_plan_task", joinColumns = @JoinColumn(name = "version_id"))
    private List<TaskDivision> tasks = new ArrayList<>();

    /** Issue 17: the cooperation with the client's municipality, carried from version to version. */
    @Embedded
    private MunicipalCooperation municipal = MunicipalCooperation.none();

    private Instant createdAt;

    @Getter(AccessLevel.NONE)
    private Long createdBy;

    private String createdByName;

    ActionPlanVersion(Long planId, int number, PlanContent content, Long by, String byName,
                      Instant at) {
        this.planId = planId;
        this.number = number;
        this.createdBy = by;
        this.createdByName = byName;
        this.createdAt = at;
        apply(content);
    }

    /** Only a draft (version 1 before establishment) is changed in place. */
    void apply(PlanContent content) {
        this.needDescription = content.needDescription();
        this.goals.clear();
        int position = 1;
        for (PlanContent.GoalText goal : content.goals()) {
            goals.add(new Goal(position++, goal.needArea(), goal.description()));
        }
        this.tasks.clear();
        for (PlanContent.Tasks t : content.tasks()) {
            tasks.add(new TaskDivision(t.taskGroup(), t.mentorTasks(), t.serviceTasks()));
        }
        if (content.municipal() != null) {
            this.municipal = content.municipal();
        }
    }

    public PlanContent content() {
        return new PlanContent(needDescription,
                goals.stream().map(g -> new PlanContent.GoalText(g.getNeedArea(), g.getDescription())).toList(),
                tasks.stream().map(t -> new PlanContent.Tasks(t.getTaskGroup(), t.getMentorTasks(), t.getServiceTasks()))
                        .toList(), getMunicipal());
    }

    /** Never null (Hibernate leaves an embeddable whose columns are all empty null). */
    public MunicipalCooperation getMunicipal() {
        return municipal == null ? MunicipalCooperation.none() : municipal;
    }

    public Optional<TaskDivision> task(TaskGroup group) {
        return tasks.stream().filter(t -> t.getTaskGroup() == group).findFirst();
    }

    public List<Goal> getGoals() {
        return goals.stream().sorted(Comparator.comparingInt(Goal::getPosition)).toList();
    }

    /** The task division in the order of the four groups. */
    public List<TaskDivision> getTasks() {
        return tasks.stream().sorted(Comparator.comparing(TaskDivision::getTaskGroup)).toList();
    }

    /** The day the version was made in Danish time, for pages. */
    public java.time.LocalDate getCreatedOn() {
        return createdAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }
}
