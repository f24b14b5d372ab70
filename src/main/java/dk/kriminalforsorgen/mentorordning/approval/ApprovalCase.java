package dk.kriminalforsorgen.mentorordning.approval;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * M8 (§7 stk. 2): an area's request that the directorate approve a candidate who is registered in the
 * criminal register but whom the area finds suitable. Decided once, with a reason; a second decision
 * is refused. {@code @Version} makes two directorate users deciding at the same time safe (CI1).
 */
@Entity
@Table(name = "approval_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ApprovalCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mentorId;

    private Long areaId;

    private String justification;

    private Instant flaggedAt;

    private String flaggedBy;

    @Enumerated(EnumType.STRING)
    private ApprovalDecision decision;

    private String decisionReason;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    private long version;

    ApprovalCase(Long mentorId, Long areaId, String justification, String flaggedBy, Instant flaggedAt) {
        this.mentorId = mentorId;
        this.areaId = areaId;
        this.justification = justification;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
    }

    void decide(ApprovalDecision decision, String reason, String by, Instant at) {
        if (isDecided()) {
            throw Refusal.general(Rule.M8, "approval.alreadyDecided");
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField(Rule.M8, "reason", "approval.reasonRequired");
        }
        this.decision = decision;
        this.decisionReason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isDecided() {
        return decision != null;
    }
}
