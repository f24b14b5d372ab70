package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** S2: what was done in one of the four task groups. */
@Embeddable
public class TaskWork {

    @Enumerated(EnumType.STRING)
    @Column(name = "task_group")
    private TaskGroup taskGroup;

    private String work;

    protected TaskWork() {
    }

    public TaskWork(TaskGroup taskGroup, String work) {
        this.taskGroup = taskGroup;
        this.work = ReportContent.blankToNull(work);
    }

    public TaskGroup getTaskGroup() {
        return taskGroup;
    }

    public String getWork() {
        return work;
    }
}
