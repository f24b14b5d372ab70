package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A status report on a mentor course (§17). Written by the mentor as a draft and submitted, or
 * logged by a caseworker from a telephone report; then acknowledged by the responsible person
 * (DOMAIN §9). Only a draft changes ; a duty to notify (S4, §8 stk. 2) on a submitted report is
 * never cleared, and the report is never deleted (also refused by a database trigger).
 */
@Entity
@Table(name = "status_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StatusReport {

    /** Who acts on a report; the name is copied so it stays true after the user changes. */
    public record By(Long userId, String name) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private ReportChannel channel;

    private int templateVersion;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private Integer contactsCount;

    private String contactsNote;

    private BigDecimal hoursSpent;

    private String concerns;

    private String nextSteps;

    private boolean dutyToNotify;

    private String dutyToNotifyText;

    private LocalDate receivedOn;

    @ElementCollection
    @CollectionTable(name = "status_report_goal", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    private List<GoalProgress> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "status_report_task", joinColumns = @JoinColumn(name = "report_id"))
    private List<TaskWork> tasks = new ArrayList<>();

    private Instant createdAt;

    @Getter(AccessLevel.NONE)
    private Long createdBy;

    private String createdByName;

    private Instant submittedAt;

    @Getter(AccessLevel.NONE)
    private Long submittedBy;

    private String submittedByName;

    private Instant acknowledgedAt;

    @Getter(AccessLevel.NONE)
    private Long acknowledgedBy;

    private String acknowledgedByName;

    private String acknowledgementNote;

    @Getter(AccessLevel.NONE)
    private Instant updatedAt;

    @Version
    private long version;

    /** The mentor starts a report on the current template (S2). */
    public static StatusReport draft(long courseId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                                     int templateVersion, ReportContent content, By by, Instant now) {
        StatusReport report = new StatusReport();
        report.courseId = courseId;
        report.kind = kind;
        report.periodStart = periodStart;
        report.periodEnd = periodEnd;
        report.channel = ReportChannel.WRITTEN;
        report.templateVersion = templateVersion;
        report.status = ReportStatus.DRAFT;
        report.createdAt = now;
        report.createdBy = by.userId();
        report.createdByName = by.name();
        report.apply(content, now);
        return report;
    }

    /**
     * §17 stk. 1: a report given by telephone, logged by a caseworker on the same template; it is
     * submitted at once. Logged by the responsible person, it is acknowledged at once too.
     */
    public static StatusReport telephone(long courseId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                                         int templateVersion, ReportContent content, LocalDate receivedOn,
                                         boolean byResponsible, By by, Instant now) {
        StatusReport report = draft(courseId, kind, periodStart, periodEnd, templateVersion, content, by, now);
        report.channel = ReportChannel.TELEPHONE;
        report.receivedOn = receivedOn;
        report.submit(by, now);
        if (byResponsible) {
            report.acknowledge(by, null, now);
        }
        return report;
    }

    /** S2: only a draft can be changed; after submission the report is read-only. */
    public void update(ReportContent content, Instant now) {
        requireDraft();
        apply(content, now);
    }

    /** S2: submission needs the template's required fields; S4: a raised duty to notify says what. */
    public void submit(By by, Instant now) {
        requireDraft();
        Refusal.throwIfAny(content().check(kind, true));
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by.userId();
        this.submittedByName = by.name();
        this.updatedAt = now;
    }

    /**
     * DOMAIN §9: the responsible person has read the report; records who and when. Only a submitted,
     * not yet acknowledged report can be signed off (a state check: no paragraph governs it).
     */
    public void acknowledge(By by, String note, Instant now) {
        if (status == ReportStatus.DRAFT) {
            throw Refusal.general(Check.STATE, "report.acknowledge.notSubmitted");
        }
        if (status == ReportStatus.ACKNOWLEDGED) {
            throw Refusal.general(Check.STATE, "report.acknowledge.already");
        }
        this.status = ReportStatus.ACKNOWLEDGED;
        this.acknowledgedAt = now;
        this.acknowledgedBy = by.userId();
        this.acknowledgedByName = by.name();
        this.acknowledgementNote = ReportContent.blankToNull(note);
        this.updatedAt = now;
    }

    /** Only a draft changes: a submitted report stays as it was read (a state check; S4 keeps its flag too). */
    private void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw Refusal.general(Check.STATE, "report.readOnly");
        }
    }

    private void apply(ReportContent content, Instant now) {
        this.contactsCount = content.contactsCount();
        this.contactsNote = content.contactsNote();
        this.hoursSpent = content.hoursSpent();
        this.concerns = content.concerns();
        this.nextSteps = content.nextSteps();
        this.dutyToNotify = content.dutyToNotify();
        this.dutyToNotifyText = content.dutyToNotify() ? content.dutyToNotifyText() : null;
        this.goals.clear();
        this.goals.addAll(content.goals());
        this.tasks.clear();
        this.tasks.addAll(content.tasks());
        this.updatedAt = now;
    }

    /** The template fields as they are now. */
    public ReportContent content() {
        return new ReportContent(contactsCount, contactsNote, goals, tasks, hoursSpent, concerns, nextSteps,
                dutyToNotify, dutyToNotifyText);
    }

    // ---------------------------------------------------------------- reading

    public boolean isDraft() {
        return status == ReportStatus.DRAFT;
    }

    public boolean awaitsAcknowledgement() {
        return status == ReportStatus.SUBMITTED;
    }

    /** The month of a monthly report. */
    public YearMonth month() {
        return YearMonth.from(periodStart);
    }

    Object goalsForLoading() {
        return goals;
    }

    Object tasksForLoading() {
        return tasks;
    }

    public List<GoalProgress> getGoals() {
        return List.copyOf(goals);
    }

    /** In the order of the four task groups (DOMAIN §2). */
    public List<TaskWork> getTasks() {
        return tasks.stream().sorted(java.util.Comparator.comparing(TaskWork::getTaskGroup)).toList();
    }
}
