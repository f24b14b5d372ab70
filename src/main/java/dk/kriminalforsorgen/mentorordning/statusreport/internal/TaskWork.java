package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** S2: what was done in one of the four task groups. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TaskWork {

    @Enumerated(EnumType.STRING)
    private TaskGroup taskGroup;

    private String work;

    public TaskWork(TaskGroup taskGroup, String work) {
        this.taskGroup = taskGroup;
        this.work = ReportContent.blankToNull(work);
    }
}
