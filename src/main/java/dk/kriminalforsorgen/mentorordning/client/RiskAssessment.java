package dk.kriminalforsorgen.mentorordning.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/**
 * An LS/RNR assessment (E1, §2 nr. 1): its date, the certified assessor who made it, the overall
 * risk level and the level of each of the central eight need areas. Assessments are never changed;
 * a new one is recorded instead and the latest counts.
 */
@Entity
@Immutable
@Table(name = "risk_assessment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_assessment_need", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "need_area")
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);

    @Getter(AccessLevel.NONE)
    private Long assessorId;

    private String assessorName;

    private Instant recordedAt;

    RiskAssessment(Long clientId, LocalDate assessedOn, RiskLevel riskLevel, Map<NeedArea, RiskLevel> needs,
                   Long assessorId, String assessorName, Instant recordedAt) {
        this.clientId = clientId;
        this.assessedOn = assessedOn;
        this.riskLevel = riskLevel;
        this.needs = new EnumMap<>(needs);
        this.assessorId = assessorId;
        this.assessorName = assessorName;
        this.recordedAt = recordedAt;
    }

    public Map<NeedArea, RiskLevel> getNeeds() {
        EnumMap<NeedArea, RiskLevel> copy = new EnumMap<>(NeedArea.class);
        copy.putAll(needs);
        return copy;
    }

    public RiskLevel need(NeedArea area) {
        return needs.get(area);
    }
}
