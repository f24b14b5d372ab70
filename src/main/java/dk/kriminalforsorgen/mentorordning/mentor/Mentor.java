package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.AreaScoped;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * A person in the national mentor registry (DOMAIN §4). The lifecycle transitions are methods that
 * guard their preconditions, refuse an illegal move with a {@link RuleViolation} and record who,
 * when and why in the status history. Rules that need other data (workload, a client) live in
 * {@link AppointmentPolicy}. The area of a mentor (for changes) is the home area; reads are national.
 */
@Entity
@Table(name = "mentor")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Mentor implements AreaScoped {

    static final int MINIMUM_AGE = 18;
    static final BigDecimal MAX_HOURS = new BigDecimal("99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private String address;
    private String postalCode;
    private String city;
    private Long homeAreaId;
    @Getter(AccessLevel.NONE)
    private boolean speaksDanish;
    private LocalDate cooperationDeclaredOn;
    private LocalDate documentationDeclaredOn;
    private LocalDate confidentialitySignedOn;
    private Long employeeUnitId;
    private BigDecimal hoursPerWeek;
    private LocalDate unavailableUntil;
    private LocalDate trainingCompletedOn;

    @Enumerated(EnumType.STRING)
    private MentorStatus status;
    private Instant statusChangedAt;

    @Embedded
    @Getter(AccessLevel.NONE)
    private Vetting vetting = new Vetting();

    private String cprEncrypted;
    @Getter(AccessLevel.NONE)
    private String cprHash;

    private Long proposedForClientId;
    private Long userId;
    private Instant createdAt;
    @Getter(AccessLevel.NONE)
    private String createdBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "mentor_need_area", joinColumns = @JoinColumn(name = "mentor_id"))
    @Column(name = "need_area")
    @Enumerated(EnumType.STRING)
    private Set<NeedArea> needAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentor_task_group", joinColumns = @JoinColumn(name = "mentor_id"))
    @Column(name = "task_group")
    @Enumerated(EnumType.STRING)
    private Set<TaskGroup> taskGroups = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "mentor_language", joinColumns = @JoinColumn(name = "mentor_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "mentor_id", nullable = false, updatable = false)
    @OrderBy("changedAt, id")
    @Getter(AccessLevel.NONE)
    private List<MentorStatusChange> history = new ArrayList<>();

    /**
     * A new applicant (DOMAIN §4). {@code proposedForClientId} is the client who proposed the person
     * (C3, §11), or null.
     */
    public static Mentor apply(MentorProfile profile, Long proposedForClientId, String by, Instant at, LocalDate today,
                               String reason) {
        Mentor mentor = new Mentor();
        mentor.apply(profile, today);
        mentor.proposedForClientId = proposedForClientId;
        mentor.createdAt = at;
        mentor.createdBy = by;
        mentor.status = MentorStatus.APPLICANT;
        mentor.statusChangedAt = at;
        mentor.history.add(new MentorStatusChange(null, MentorStatus.APPLICANT, at, by, reason));
        return mentor;
    }

    /** Changes the profile; the lifecycle and vetting are changed only by their own methods. */
    public void updateProfile(MentorProfile profile, LocalDate today) {
        requireNotRetired();
        apply(profile, today);
    }

    private void apply(MentorProfile p, LocalDate today) {
        validate(p, today);
        firstName = p.firstName();
        lastName = p.lastName();
        birthDate = p.birthDate();
        email = p.email();
        phone = p.phone();
        address = p.address();
        postalCode = p.postalCode();
        city = p.city();
        homeAreaId = p.homeAreaId();
        speaksDanish = p.speaksDanish();
        cooperationDeclaredOn = p.cooperationDeclaredOn();
        documentationDeclaredOn = p.documentationDeclaredOn();
        confidentialitySignedOn = p.confidentialitySignedOn();
        employeeUnitId = p.employeeUnitId();
        hoursPerWeek = p.hoursPerWeek() == null ? BigDecimal.ZERO : p.hoursPerWeek();
        trainingCompletedOn = p.trainingCompletedOn();
        needAreas.clear();
        needAreas.addAll(p.needAreas());
        taskGroups.clear();
        taskGroups.addAll(p.taskGroups());
        languages.clear();
        languages.addAll(p.languages());
    }

    /** IN1: every check of the profile that needs no other data. The first broken one is refused. */
    static void validate(MentorProfile p, LocalDate today) {
        if (p.birthDate() == null) {
            throw Refusal.onField(Check.INPUT, "birthDate", "mentor.birthDate.required");
        }
        if (p.birthDate().isAfter(today) || p.birthDate().isBefore(today.minusYears(110))) {
            throw Refusal.onField(Check.INPUT, "birthDate", "mentor.birthDate.implausible");
        }
        // M1 (§5 stk. 1 nr. 1) concerns the day of appointment (AppointmentPolicy), not registration: a
        // candidate who turns 18 later can be registered, give consent and be vetted before then.
        if (p.postalCode() != null && !p.postalCode().matches("\\d{4}")) {
            throw Refusal.onField(Check.INPUT, "postalCode", "mentor.postalCode.invalid");
        }
        if (p.hoursPerWeek() != null && (p.hoursPerWeek().signum() < 0 || p.hoursPerWeek().compareTo(MAX_HOURS) > 0)) {
            throw Refusal.onField(Check.INPUT, "hoursPerWeek", "mentor.hoursPerWeek.invalid");
        }
        requireNotFuture(p.cooperationDeclaredOn(), "cooperationDeclaredOn", today);
        requireNotFuture(p.documentationDeclaredOn(), "documentationDeclaredOn", today);
        requireNotFuture(p.confidentialitySignedOn(), "confidentialitySignedOn", today);
        requireNotFuture(p.trainingCompletedOn(), "trainingCompletedOn", today);
        for (String language : p.languages()) {
            if (!MentorLanguages.isKnown(language)) {
                throw Refusal.onField(Check.INPUT, "languages", "mentor.languages.unknown");
            }
        }
    }

    private static void requireNotFuture(LocalDate date, String field, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw Refusal.onField(Check.INPUT, field, "mentor.date.inFuture");
        }
    }

    // ---- vetting (M7, §6) ----

    /**
     * M7: the written consent to the criminal-register check; starts a new vetting round (a renewal
     * for an approved mentor). An applicant moves to VETTING.
     */
    public void recordConsent(Long vettingAreaId, LocalDate consentOn, String by, Instant at, LocalDate today) {
        if (consentOn == null) {
            throw Refusal.onField(Rule.M7, "consentGivenOn", "mentor.M7.consentDateRequired");
        }
        requireNotFuture(consentOn, "consentGivenOn", today);
        if (status != MentorStatus.APPLICANT && status != MentorStatus.VETTING && status != MentorStatus.APPROVED
                && status != MentorStatus.INACTIVE) {
            throw Refusal.general(Check.STATE, "mentor.vetting.notNow", status.messageKey());
        }
        vetting().startRound(vettingAreaId, consentOn);
        if (status == MentorStatus.APPLICANT) {
            transition(MentorStatus.VETTING, by, at, "Skriftligt samtykke til undersøgelse i kriminalregisteret modtaget (§6).");
        }
    }

    /**
     * M7: the result of the criminal-register check, allowed only after the written consent. A
     * renewed check that shows a registration sends an approved mentor back to VETTING, so the area
     * must take a position again (M8).
     */
    public void recordCheck(LocalDate checkedOn, RecordResult result, String notes, String by, Instant at, LocalDate today) {
        if (!vetting().hasConsent()) {
            throw Refusal.onField(Rule.M7, "checkedOn", "mentor.M7.consentMissing");
        }
        if (vetting().isChecked()) {
            throw Refusal.general(Rule.M7, "mentor.M7.alreadyChecked");
        }
        if (checkedOn == null) {
            throw Refusal.onField(Check.INPUT, "checkedOn", "mentor.M7.checkDateRequired");
        }
        if (result == null) {
            throw Refusal.onField(Check.INPUT, "result", "mentor.M7.resultRequired");
        }
        requireNotFuture(checkedOn, "checkedOn", today);
        if (checkedOn.isBefore(vetting().consentGivenOn())) {
            throw Refusal.onField(Rule.M7, "checkedOn", "mentor.M7.checkBeforeConsent", DanishFormat.date(vetting().consentGivenOn()));
        }
        if (status != MentorStatus.VETTING && status != MentorStatus.APPROVED && status != MentorStatus.INACTIVE) {
            throw Refusal.general(Check.STATE, "mentor.vetting.notNow", status.messageKey());
        }
        vetting().recordCheck(checkedOn, result, notes);
        if (result == RecordResult.REGISTERED && status != MentorStatus.VETTING) {
            transition(MentorStatus.VETTING, by, at,
                    "Fornyet vandelsundersøgelse: området skal tage stilling igen (§7 stk. 2).");
        }
    }

    // ---- decisions ----

    /**
     * The area approves a vetted candidate who is not registered. A registered candidate must go to
     * the directorate instead (M8). M2-M4 must hold on the day (M1, the age, concerns the day of appointment).
     */
    public void approve(String reason, String by, Instant at, LocalDate today, RegistryProperties properties) {
        requireStatus(MentorStatus.VETTING, MentorStatus.APPROVED);
        if (!vetting().isChecked()) {
            throw Refusal.general(Rule.M7, "mentor.M7.notChecked");
        }
        if (vetting().isRegistered()) {
            throw Refusal.general(Rule.M8, "mentor.M8.mustGoToDirectorate");
        }
        requireEligibleForApproval(today, properties);
        transition(MentorStatus.APPROVED, by, at, requireReason(reason));
    }

    /** M8: the area finds a registered candidate suitable and sends the case to the directorate. */
    public void flagForDirectorate(String justification, String by, Instant at, LocalDate today,
                                   RegistryProperties properties) {
        requireStatus(MentorStatus.VETTING, MentorStatus.AWAITING_DIRECTORATE);
        if (!vetting().isChecked() || !vetting().isRegistered()) {
            throw Refusal.general(Rule.M8, "mentor.M8.onlyRegistered");
        }
        if (justification == null || justification.isBlank()) {
            throw Refusal.onField(Rule.M8, "justification", "mentor.M8.justificationRequired");
        }
        requireEligibleForApproval(today, properties);
        transition(MentorStatus.AWAITING_DIRECTORATE, by, at, "Indstillet til direktoratets godkendelse (§7 stk. 2).");
    }

    /** M8: the directorate's decision on a flagged candidate. */
    public void directorateDecision(boolean approved, String reason, String by, Instant at) {
        MentorStatus next = approved ? MentorStatus.APPROVED : MentorStatus.REJECTED;
        requireStatus(MentorStatus.AWAITING_DIRECTORATE, next);
        if (approved) {
            vetting().directorateApproved(at);
        }
        transition(next, by, at, (approved ? "Godkendt af direktoratet (§7 stk. 2): " : "Afvist af direktoratet (§7 stk. 2): ")
                + requireReason(reason));
    }

    /** The area finds the applicant or candidate unsuitable. */
    public void reject(String reason, String by, Instant at) {
        if (status != MentorStatus.APPLICANT && status != MentorStatus.VETTING) {
            throw illegal(MentorStatus.REJECTED);
        }
        transition(MentorStatus.REJECTED, by, at, requireReason(reason));
    }

    public void deactivate(String reason, String by, Instant at) {
        requireStatus(MentorStatus.APPROVED, MentorStatus.INACTIVE);
        transition(MentorStatus.INACTIVE, by, at, requireReason(reason));
    }

    public void reactivate(String reason, String by, Instant at) {
        requireStatus(MentorStatus.INACTIVE, MentorStatus.APPROVED);
        if (vetting().isRegistered() && !vetting().isDirectorateApproved()) {
            throw Refusal.general(Rule.M8, "mentor.M8.notApproved");
        }
        transition(MentorStatus.APPROVED, by, at, requireReason(reason));
    }

    public void retire(String reason, String by, Instant at) {
        if (!status.canMoveTo(MentorStatus.RETIRED)) {
            throw illegal(MentorStatus.RETIRED);
        }
        transition(MentorStatus.RETIRED, by, at, requireReason(reason));
    }

    /** Temporarily unavailable up to and including {@code until}; available again by itself the day after. */
    public void markUnavailable(LocalDate until, LocalDate today) {
        requireNotRetired();
        if (until != null && until.isBefore(today)) {
            throw Refusal.onField(Check.INPUT, "unavailableUntil", "mentor.unavailable.inPast");
        }
        unavailableUntil = until;
    }

    public boolean isAvailableOn(LocalDate day) {
        return unavailableUntil == null || day.isAfter(unavailableUntil);
    }

    /**
     * DP1: the CPR number, encrypted, with its keyed hash. The birth date (M1) must be the one the number
     * states; the caller has validated the number (IN2).
     */
    void recordCpr(String encrypted, String hash, LocalDate cprBirthDate) {
        if (!cprBirthDate.equals(birthDate)) {
            throw Refusal.onField(Check.CPR, "cpr", "mentor.cpr.birthDateMismatch");
        }
        this.cprEncrypted = encrypted;
        this.cprHash = hash;
    }

    public boolean hasCpr() {
        return cprEncrypted != null;
    }

    /** Links the mentor's own log-in (role MENTOR) to this record. */
    public void linkUser(Long appUserId) {
        this.userId = appUserId;
    }

    private void requireEligibleForApproval(LocalDate today, RegistryProperties properties) {
        if (!vetting().isValidOn(today, properties)) {
            throw Refusal.general(Check.VETTING_VALIDITY, "mentor.vetting.expired", DanishFormat.date(vetting().validUntil(properties)));
        }
        if (!speaksDanish) {
            throw Refusal.general(Rule.M2, "mentor.M2.notMet");
        }
        if (cooperationDeclaredOn == null) {
            throw Refusal.general(Rule.M3, "mentor.M3.notMet");
        }
        if (documentationDeclaredOn == null) {
            throw Refusal.general(Rule.M4, "mentor.M4.notMet");
        }
    }

    private void requireStatus(MentorStatus expected, MentorStatus next) {
        if (status != expected || !status.canMoveTo(next)) {
            throw illegal(next);
        }
    }

    private void requireNotRetired() {
        if (status == MentorStatus.RETIRED) {
            throw Refusal.general(Check.STATE, "mentor.retired.readOnly");
        }
    }

    private Refusal illegal(MentorStatus next) {
        return Refusal.general(Check.STATE, "mentor.transition.illegal", status.messageKey(), next.messageKey());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField(Check.STATE, "reason", "mentor.reason.required");
        }
        return reason.strip();
    }

    private void transition(MentorStatus next, String by, Instant at, String reason) {
        if (!status.canMoveTo(next)) {
            throw illegal(next);
        }
        history.add(new MentorStatusChange(status, next, at, by, reason));
        status = next;
        statusChangedAt = at;
    }

    /** Loads the lazy collections while the persistence context is open. */
    void loadCollections() {
        org.hibernate.Hibernate.initialize(needAreas);
        org.hibernate.Hibernate.initialize(taskGroups);
        org.hibernate.Hibernate.initialize(languages);
        org.hibernate.Hibernate.initialize(history);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    // ---- reading ----

    @Override
    public Long areaId() {
        return homeAreaId;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean speaksDanish() {
        return speaksDanish;
    }

    /** The vetting; Hibernate leaves an embedded value null when all its columns are null. */
    public Vetting vetting() {
        if (vetting == null) {
            vetting = new Vetting();
        }
        return vetting;
    }

    public Set<NeedArea> getNeedAreas() {
        return Collections.unmodifiableSet(needAreas.isEmpty() ? EnumSet.noneOf(NeedArea.class) : EnumSet.copyOf(needAreas));
    }

    public Set<TaskGroup> getTaskGroups() {
        return Collections.unmodifiableSet(taskGroups.isEmpty() ? EnumSet.noneOf(TaskGroup.class) : EnumSet.copyOf(taskGroups));
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(new TreeSet<>(languages));
    }

    public List<MentorStatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
