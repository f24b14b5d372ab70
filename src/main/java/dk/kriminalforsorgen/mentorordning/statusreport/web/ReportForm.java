package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.GoalProgress;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportContent;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.StatusReport;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.TaskWork;

/**
 * The report template as a form (S2): the period, contacts, progress per goal (in the order of the
 * action plan's goals), work per task group (in {@link TaskGroup} order), hours, concerns, next
 * steps and the duty to notify (S4). The goal texts are never taken from the form.
 * <p>
 * A JavaBean, not a record: Spring binds the indexed lists ({@code goalProgress[0]}, {@code taskWork[1]})
 * by mutating them, and the controller resizes them to the plan's goals after a refused post.
 */
public class ReportForm {

    private ReportKind kind = ReportKind.MONTHLY;
    private String period;
    private Integer contactsCount;
    private String contactsNote;
    private List<String> goalProgress = new ArrayList<>();
    private List<String> taskWork = new ArrayList<>();
    private BigDecimal hoursSpent;
    private String concerns;
    private String nextSteps;
    private boolean dutyToNotify;
    private String dutyToNotifyText;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private Long version;

    /** An empty form sized to the plan's goals and the four task groups. */
    static ReportForm empty(int goals) {
        ReportForm form = new ReportForm();
        form.fit(goals);
        return form;
    }

    /** Keeps one entry per goal and per task group, so the fields line up after a failed post. */
    ReportForm fit(int goals) {
        while (goalProgress.size() < goals) {
            goalProgress.add(null);
        }
        if (goalProgress.size() > goals) {
            goalProgress = new ArrayList<>(goalProgress.subList(0, goals));
        }
        int groups = TaskGroup.values().length;
        while (taskWork.size() < groups) {
            taskWork.add(null);
        }
        if (taskWork.size() > groups) {
            taskWork = new ArrayList<>(taskWork.subList(0, groups));
        }
        return this;
    }

    static ReportForm of(StatusReport report, int goals) {
        ReportForm form = new ReportForm();
        form.kind = report.getKind();
        form.period = report.getKind() == ReportKind.MONTHLY ? report.month().toString() : report.getPeriodStart().toString();
        form.contactsCount = report.getContactsCount();
        form.contactsNote = report.getContactsNote();
        form.goalProgress = new ArrayList<>(report.getGoals().stream().map(GoalProgress::getProgress).toList());
        form.taskWork = new ArrayList<>();
        for (TaskGroup group : TaskGroup.values()) {
            // a task group left empty in a draft has no work text: findFirst() must not meet a null
            form.taskWork.add(report.getTasks().stream().filter(t -> t.getTaskGroup() == group)
                    .findFirst().map(TaskWork::getWork).orElse(null));
        }
        form.hoursSpent = report.getHoursSpent();
        form.concerns = report.getConcerns();
        form.nextSteps = report.getNextSteps();
        form.dutyToNotify = report.isDutyToNotify();
        form.dutyToNotifyText = report.getDutyToNotifyText();
        form.version = report.getVersion();
        return form.fit(goals);
    }

    ReportContent content() {
        List<GoalProgress> goals = new ArrayList<>();
        for (int i = 0; i < goalProgress.size(); i++) {
            goals.add(new GoalProgress(i, null, null, goalProgress.get(i)));
        }
        List<TaskWork> tasks = new ArrayList<>();
        TaskGroup[] groups = TaskGroup.values();
        for (int i = 0; i < Math.min(groups.length, taskWork.size()); i++) {
            tasks.add(new TaskWork(groups[i], taskWork.get(i)));
        }
        return new ReportContent(contactsCount, contactsNote, goals, tasks, hoursSpent, concerns, nextSteps,
                dutyToNotify, dutyToNotifyText);
    }

    ReportViews.ReportInput input() {
        return new ReportViews.ReportInput(kind, period, content());
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getContactsCount() {
        return contactsCount;
    }

    public void setContactsCount(Integer contactsCount) {
        this.contactsCount = contactsCount;
    }

    public String getContactsNote() {
        return contactsNote;
    }

    public void setContactsNote(String contactsNote) {
        this.contactsNote = contactsNote;
    }

    public List<String> getGoalProgress() {
        return goalProgress;
    }

    public void setGoalProgress(List<String> goalProgress) {
        this.goalProgress = goalProgress == null ? new ArrayList<>() : new ArrayList<>(goalProgress);
    }

    public List<String> getTaskWork() {
        return taskWork;
    }

    public void setTaskWork(List<String> taskWork) {
        this.taskWork = taskWork == null ? new ArrayList<>() : new ArrayList<>(taskWork);
    }

    public BigDecimal getHoursSpent() {
        return hoursSpent;
    }

    public void setHoursSpent(BigDecimal hoursSpent) {
        this.hoursSpent = hoursSpent;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public boolean isDutyToNotify() {
        return dutyToNotify;
    }

    public void setDutyToNotify(boolean dutyToNotify) {
        this.dutyToNotify = dutyToNotify;
    }

    public String getDutyToNotifyText() {
        return dutyToNotifyText;
    }

    public void setDutyToNotifyText(String dutyToNotifyText) {
        this.dutyToNotifyText = dutyToNotifyText;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
