package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AreaScoped;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * A mentor course (mentorforløb): one client, one mentor, a period (DOMAIN §5). The transitions
 * PREPARING -> ACTIVE -> ENDED are guarded here and record who decided and when; rules that need
 * other records (eligibility, M1-M10, the competent area) are checked by {@link CourseService}
 * before it calls {@link #establish}. Area-scoped by the area that handles it (C1); a hand-over
 * (C2) moves it. Versioned (CI1): a second decision on the same course is refused.
 */
@Entity
@Table(name = "mentor_course")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MentorCourse implements AreaScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private Long areaId;

    @Enumerated(EnumType.STRING)
    private CourseState state;

    private LocalDate plannedStart;

    @Enumerated(EnumType.STRING)
    private ProposalKind proposal;

    private String proposalText;

    private Long proposedMentorId;

    private LocalDate proposalRecordedOn;

    private Long mentorId;

    private BigDecimal agreedHours;

    private Long responsibleUserId;

    private String responsibleName;

    private Boolean continuesAfterRelease;

    private String noContinuationReason;

    private LocalDate startDate;

    private Instant establishedAt;

    @Getter(AccessLevel.NONE)
    private Long establishedBy;

    private String establishedByName;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    private LocalDate endedOn;

    private String endNote;

    @Getter(AccessLevel.NONE)
    private Instant endedAt;

    @Getter(AccessLevel.NONE)
    private Long endedBy;

    private String endedByName;

    @Enumerated(EnumType.STRING)
    private ContinuationKind continuationToConfirm;

    private LocalDate continuationRaisedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_goal_outcome", joinColumns = @JoinColumn(name = "course_id"))
    private List<CourseGoalOutcome> goalOutcomes = new ArrayList<>();

    @Getter(AccessLevel.NONE)
    private Instant createdAt;

    @Getter(AccessLevel.NONE)
    private Long createdBy;

    private String createdByName;

    @Getter(AccessLevel.NONE)
    private Instant updatedAt;

    @Version
    private long version;

    /** A course is prepared for a client in the area that handles the client (C1). */
    public static MentorCourse prepare(long clientId, long areaId, LocalDate plannedStart, Actor by, Instant now) {
        MentorCourse course = new MentorCourse();
        course.clientId = clientId;
        course.areaId = areaId;
        course.state = CourseState.PREPARING;
        course.plannedStart = plannedStart;
        course.createdAt = now;
        course.createdBy = by.userId();
        course.createdByName = by.name();
        course.updatedAt = now;
        return course;
    }

    /** What the establishment decision records (C1, C7, E6, M1-M10). */
    public record Establishment(long mentorId, BigDecimal agreedHours, long responsibleUserId, String responsibleName,
                                LocalDate startDate, Boolean continuesAfterRelease, String noContinuationReason) {
    }

    /** C12: the ending with the coded outcome of each goal. */
    public record Ending(EndReason reason, LocalDate endedOn, String note, List<CourseGoalOutcome> outcomes) {

        public Ending {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    // ---------------------------------------------------------------- transitions

    /** C3 (§11): the client's proposal of a mentor, or that none was made. Only while preparing. */
    public void recordProposal(ProposalKind kind, String text, Long proposedMentorId, LocalDate today, Instant now) {
        requirePreparing();
        if (kind == null) {
            throw Refusal.onField(Rule.C3, "proposal", "course.proposal.required");
        }
        if (kind == ProposalKind.PROPOSED && (text == null || text.isBlank()) && proposedMentorId == null) {
            throw Refusal.onField(Rule.C3, "proposalText", "course.proposal.textRequired");
        }
        this.proposal = kind;
        this.proposalText = kind == ProposalKind.PROPOSED ? blankToNull(text) : null;
        this.proposedMentorId = kind == ProposalKind.PROPOSED ? proposedMentorId : null;
        this.proposalRecordedOn = today;
        this.updatedAt = now;
    }

    /** The mentor chosen from the matching list while preparing, with the hours a week agreed. */
    public void chooseMentor(long mentorId, BigDecimal hours, Instant now) {
        requirePreparing();
        this.mentorId = mentorId;
        this.agreedHours = hours;
        this.updatedAt = now;
    }

    /**
     * C1 (§7 stk. 1): the competent area's decision to establish the course and appoint the mentor.
     * The caller has checked eligibility (E1-E5), M1-M10 and the competent area; here the course's own
     * rules are checked: it is still being prepared, the proposal is recorded (C3), the action plan
     * describes the need and divides the tasks (C4, C6), a responsible person is named (C7), and for
     * an inmate the course continues after release or the reason is written (E6).
     */
    public void establish(Establishment decision, boolean inmate, boolean planDescribesNeed, boolean planDividesTasks,
                          Actor by, Instant now) {
        List<RuleViolation> violations = checkEstablishment(decision, inmate, planDescribesNeed, planDividesTasks);
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
        this.mentorId = decision.mentorId();
        this.agreedHours = decision.agreedHours();
        this.responsibleUserId = decision.responsibleUserId();
        this.responsibleName = decision.responsibleName();
        this.startDate = decision.startDate();
        this.continuesAfterRelease = inmate ? decision.continuesAfterRelease() : null;
        this.noContinuationReason = inmate && !Boolean.TRUE.equals(decision.continuesAfterRelease())
                ? decision.noContinuationReason().strip() : null;
        this.state = CourseState.ACTIVE;
        this.establishedAt = now;
        this.establishedBy = by.userId();
        this.establishedByName = by.name();
        this.updatedAt = now;
    }

    /** Every rule of the course itself that refuses the establishment (empty: allowed). */
    public List<RuleViolation> checkEstablishment(Establishment decision, boolean inmate, boolean planDescribesNeed,
                                                  boolean planDividesTasks) {
        List<RuleViolation> violations = new ArrayList<>();
        if (state != CourseState.PREPARING) {
            violations.add(RuleViolation.general(Check.STATE, "course.alreadyDecided"));
            return violations;
        }
        if (proposal == null) {
            violations.add(RuleViolation.general(Rule.C3, "course.establish.noProposal"));
        }
        if (!planDescribesNeed) {
            violations.add(RuleViolation.general(Rule.C4, "course.establish.noPlan"));
        }
        if (!planDividesTasks) {
            violations.add(RuleViolation.general(Rule.C6, "course.establish.noTaskDivision"));
        }
        if (decision.responsibleUserId() <= 0) {
            violations.add(RuleViolation.onField(Rule.C7, "responsibleUserId", "course.establish.noResponsible"));
        }
        if (decision.agreedHours() == null || decision.agreedHours().signum() <= 0) {
            violations.add(RuleViolation.onField(Check.INPUT, "agreedHours", "course.hours.positive"));
        }
        if (inmate && !Boolean.TRUE.equals(decision.continuesAfterRelease())
                && (decision.noContinuationReason() == null || decision.noContinuationReason().isBlank())) {
            violations.add(RuleViolation.onField(Rule.E6, "noContinuationReason", "course.establish.E6.reasonRequired"));
        }
        return violations;
    }

    /** C12 (§19): ends the course with reason, date, who, and for an active course each goal's outcome. */
    public void end(Ending ending, List<Integer> goalPositions, Actor by, LocalDate today, Instant now) {
        List<RuleViolation> violations = checkEnd(ending, goalPositions, today);
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
        this.goalOutcomes.clear();
        if (state == CourseState.ACTIVE) {
            this.goalOutcomes.addAll(ending.outcomes());
        }
        this.state = CourseState.ENDED;
        this.endReason = ending.reason();
        this.endedOn = ending.endedOn();
        this.endNote = blankToNull(ending.note());
        this.endedAt = now;
        this.endedBy = by.userId();
        this.endedByName = by.name();
        this.continuationToConfirm = null;
        this.continuationRaisedOn = null;
        this.updatedAt = now;
    }

    public List<RuleViolation> checkEnd(Ending ending, List<Integer> goalPositions, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (state == CourseState.ENDED) {
            violations.add(RuleViolation.general(Check.STATE, "course.alreadyEnded"));
            return violations;
        }
        if (ending.reason() == null) {
            violations.add(RuleViolation.onField(Rule.C12, "reason", "course.end.reasonRequired"));
        }
        if (ending.endedOn() == null) {
            violations.add(RuleViolation.onField(Rule.C12, "endedOn", "course.end.dateRequired"));
        } else if (ending.endedOn().isAfter(today)) {
            violations.add(RuleViolation.onField(Rule.C12, "endedOn", "course.end.dateFuture"));
        } else if (startDate != null && ending.endedOn().isBefore(startDate)) {
            violations.add(RuleViolation.onField(Rule.C12, "endedOn", "course.end.beforeStart", DanishFormat.date(startDate)));
        }
        if (state == CourseState.ACTIVE) {
            List<Integer> given = ending.outcomes().stream().filter(o -> o.getOutcome() != null)
                    .map(CourseGoalOutcome::getPosition).toList();
            if (!given.containsAll(goalPositions)) {
                violations.add(RuleViolation.general(Rule.C12, "course.end.outcomesRequired"));
            }
        }
        return violations;
    }

    /** C2 (§10): the course goes to the competent area, which takes the decisions from now on. */
    public CourseHandover handOver(long toAreaId, String note, Actor by, Instant now) {
        if (state == CourseState.ENDED) {
            throw Refusal.general(Check.STATE, "course.handover.ended");
        }
        if (toAreaId == areaId) {
            throw Refusal.general(Rule.C2, "course.handover.sameArea");
        }
        CourseHandover handover = new CourseHandover(id, areaId, toAreaId, by, blankToNull(note), now);
        this.areaId = toAreaId;
        this.updatedAt = now;
        return handover;
    }

    /** C13: the client's status changed; an active course is not ended but flagged for confirmation. */
    public boolean flagContinuation(ContinuationKind kind, LocalDate on, Instant now) {
        if (state != CourseState.ACTIVE) {
            return false;
        }
        this.continuationToConfirm = kind;
        this.continuationRaisedOn = on;
        this.updatedAt = now;
        return true;
    }

    /** C13: the caseworker confirmed the continuation (E6/E8 checked by the service); the flag is cleared. */
    public ContinuationKind confirmContinuation(Instant now) {
        if (continuationToConfirm == null || state != CourseState.ACTIVE) {
            throw Refusal.general(Check.STATE, "course.continuation.nothingToConfirm");
        }
        ContinuationKind kind = continuationToConfirm;
        this.continuationToConfirm = null;
        this.continuationRaisedOn = null;
        this.updatedAt = now;
        return kind;
    }

    /** M10: a new number of agreed hours a week (the service re-checks the ceiling first). */
    public void changeHours(BigDecimal hours, Instant now) {
        if (state == CourseState.ENDED) {
            throw Refusal.general(Check.STATE, "course.alreadyEnded");
        }
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.onField(Check.INPUT, "agreedHours", "course.hours.positive");
        }
        this.agreedHours = hours;
        this.updatedAt = now;
    }

    /** C7 (§13 stk. 2): the area appoints another responsible person. */
    public void appointResponsible(long userId, String name, Instant now) {
        if (state == CourseState.ENDED) {
            throw Refusal.general(Check.STATE, "course.alreadyEnded");
        }
        this.responsibleUserId = userId;
        this.responsibleName = name;
        this.updatedAt = now;
    }

    /** Marks the course as changed (a fee, grant or meeting), so a concurrent decision is refused (CI1). */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Only a course being prepared takes a proposal or a chosen mentor: a state check. */
    private void requirePreparing() {
        if (state != CourseState.PREPARING) {
            throw Refusal.general(Check.STATE, "course.alreadyDecided");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---------------------------------------------------------------- reading

    public boolean isPreparing() {
        return state == CourseState.PREPARING;
    }

    public boolean isActive() {
        return state == CourseState.ACTIVE;
    }

    public boolean isEnded() {
        return state == CourseState.ENDED;
    }

    @Override
    public Long areaId() {
        return areaId;
    }

    public List<CourseGoalOutcome> getGoalOutcomes() {
        return goalOutcomes.stream().sorted(Comparator.comparingInt(CourseGoalOutcome::getPosition)).toList();
    }
}
