package dk.kriminalforsorgen.mentorordning.actionplan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** C6 (§13 stk. 1): who does what in one of the four task groups, the mentor and the service. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TaskDivision {

    @Enumerated(EnumType.STRING)
    private TaskGroup taskGroup;

    private String mentorTasks;

    private String serviceTasks;

    public TaskDivision(TaskGroup taskGroup, String mentorTasks, String serviceTasks) {
        this.taskGroup = taskGroup;
        this.mentorTasks = blankToNull(mentorTasks);
        this.serviceTasks = blankToNull(serviceTasks);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return mentorTasks == null && serviceTasks == null;
    }
}
