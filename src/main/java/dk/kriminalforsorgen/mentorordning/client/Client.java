package dk.kriminalforsorgen.mentorordning.client;

import java.time.Instant;
import java.time.LocalDate;

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

import dk.kriminalforsorgen.mentorordning.security.AreaScoped;
import dk.kriminalforsorgen.mentorordning.shared.Language;

/**
 * A client (klient): a convicted person the service may give a mentor. Area-scoped by the competent
 * area (C1), which follows from the custody status. The CPR number is stored only encrypted with a
 * keyed lookup hash (DP1). The current custody status, the latest assessment, the latest offer and
 * the eligibility window are kept on the record by {@link ClientService} so that lists need one
 * query (no N+1); their histories are in their own tables.
 */
@Entity
@Table(name = "client")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Client implements AreaScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long areaId;

    private String firstName;

    private String lastName;

    @Getter(AccessLevel.PACKAGE)
    private String cprEncrypted;

    @Getter(AccessLevel.PACKAGE)
    private String cprHash;

    private String phone;
    private String email;
    private String address;

    @Enumerated(EnumType.STRING)
    private Language preferredLanguage;

    // The current custody status (the latest row of client_custody_status).
    @Enumerated(EnumType.STRING)
    private CustodyStatus custodyStatus;

    private LocalDate statusSince;

    private Long unitId;

    private Long releaseUnitId;

    private LocalDate expectedReleaseDate;

    private LocalDate supervisionEndDate;

    private boolean previouslyUnderSupervision;

    // E2, E3
    private String specialNeed;

    private Boolean motivated;

    private LocalDate motivationDate;

    private String motivationNote;

    // The latest LS/RNR assessment (E1).
    @Enumerated(EnumType.STRING)
    private RiskLevel currentRiskLevel;

    private LocalDate currentAssessmentDate;

    // The latest offer (E9).
    private LocalDate lastOfferDate;

    @Enumerated(EnumType.STRING)
    private OfferAnswer lastOfferAnswer;

    // The eligibility window as things stand (maintained from Eligibility on every change).
    private LocalDate eligibleFrom;

    private LocalDate eligibleUntil;

    private boolean offerDue;

    private Instant createdAt;

    @Getter(AccessLevel.NONE)
    private Long createdBy;

    private Instant updatedAt;

    @Version
    private long version;

    Client(Long areaId, PersonalData data, String cprEncrypted, String cprHash, Long createdBy, Instant now) {
        this.areaId = areaId;
        this.cprEncrypted = cprEncrypted;
        this.cprHash = cprHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        applyPersonalData(data, now);
    }

    /** Name, contact details and preferred language: what the edit form changes. */
    public record PersonalData(String firstName, String lastName, String phone, String email, String address,
                               Language preferredLanguage) {
    }

    void applyPersonalData(PersonalData data, Instant now) {
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.phone = data.phone();
        this.email = data.email();
        this.address = data.address();
        this.preferredLanguage = data.preferredLanguage();
        this.updatedAt = now;
    }

    void changeCpr(String encrypted, String hash, Instant now) {
        this.cprEncrypted = encrypted;
        this.cprHash = hash;
        this.updatedAt = now;
    }

    /**
     * Records a new custody status and the competent area that follows from it (C1). Changes nothing
     * else: the need, motivation, assessments and offers stay as they are (C13: never silently).
     */
    void applyCustody(CustodyPlacement placement, LocalDate since, Long competentAreaId, Instant now) {
        // E8 rather than E7: the supervision of this sentence is behind the client, whether voluntary
        // supervision follows at once or after a time with none; a new sentence (prison, electronic
        // monitoring, supervision again) starts over.
        boolean supervisionBehind = custodyStatus == CustodyStatus.UNDER_SUPERVISION || previouslyUnderSupervision;
        this.previouslyUnderSupervision = switch (placement.status()) {
            case VOLUNTARY_SUPERVISION, RELEASED_NO_SUPERVISION -> supervisionBehind;
            case INMATE, UNDER_SUPERVISION, ELECTRONIC_MONITORING -> false;
        };
        this.custodyStatus = placement.status();
        this.unitId = placement.unitId();
        this.releaseUnitId = placement.releaseUnitId();
        this.expectedReleaseDate = placement.expectedReleaseDate();
        this.supervisionEndDate = placement.supervisionEndDate();
        this.statusSince = since;
        this.areaId = competentAreaId;
        this.updatedAt = now;
    }

    void applyNeedAndMotivation(String specialNeed, Boolean motivated, LocalDate motivationDate, String motivationNote,
                                Instant now) {
        this.specialNeed = specialNeed;
        this.motivated = motivated;
        this.motivationDate = motivated == null ? null : motivationDate;
        this.motivationNote = motivationNote;
        this.updatedAt = now;
    }

    /** The latest assessment counts (by date, then the most recently recorded). */
    void applyLatestAssessment(RiskLevel level, LocalDate assessedOn) {
        this.currentRiskLevel = level;
        this.currentAssessmentDate = assessedOn;
    }

    void applyLatestOffer(LocalDate offeredOn, OfferAnswer answer) {
        this.lastOfferDate = offeredOn;
        this.lastOfferAnswer = answer;
    }

    void applyEligibility(EligibilityResult result) {
        this.eligibleFrom = result.earliestStart();
        this.eligibleUntil = result.earliestStart() == null ? null : result.eligibleUntil();
        this.offerDue = result.offerDue();
    }

    /** Marks the record as changed, so a concurrent edit of it is refused (CI1). */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    public EligibilityFacts facts() {
        return new EligibilityFacts(custodyStatus, expectedReleaseDate, supervisionEndDate, previouslyUnderSupervision,
                currentRiskLevel, currentAssessmentDate, specialNeed != null && !specialNeed.isBlank(), motivated,
                motivationDate, lastOfferAnswer, lastOfferDate);
    }

    public CustodyPlacement placement() {
        return new CustodyPlacement(custodyStatus, unitId, releaseUnitId, expectedReleaseDate, supervisionEndDate);
    }

    @Override
    public Long areaId() {
        return areaId;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }
}
