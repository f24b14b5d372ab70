package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client.PersonalData;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.reference.UnitType;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * The client record and its rules. Every load goes through {@link AccessChecker#requireVisible}
 * (AZ2), every read and change writes an audit row in the same transaction (AU1, AU2), and the CPR
 * number is only ever stored encrypted and never written to the audit log (DP1, DP3). After every
 * change the eligibility window on the record is recomputed from {@link Eligibility}, so that lists
 * and filters agree with the client page.
 */
@Service
public class ClientService {

    public static final String SUBJECT = "CLIENT";

    private final ClientRepository clients;
    private final CustodyStatusChangeRepository statusHistory;
    private final RiskAssessmentRepository assessments;
    private final MentorOfferRepository offers;
    private final CprProtector cprProtector;
    private final AccessChecker access;
    private final AuditService audit;
    private final CurrentUsers currentUsers;
    private final ReferenceData referenceData;
    private final Eligibility eligibility;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientService(ClientRepository clients, CustodyStatusChangeRepository statusHistory,
                  RiskAssessmentRepository assessments, MentorOfferRepository offers, CprProtector cprProtector,
                  AccessChecker access, AuditService audit, CurrentUsers currentUsers, ReferenceData referenceData,
                  Eligibility eligibility, Clock clock, ApplicationEventPublisher events) {
        this.clients = clients;
        this.statusHistory = statusHistory;
        this.assessments = assessments;
        this.offers = offers;
        this.cprProtector = cprProtector;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.referenceData = referenceData;
        this.eligibility = eligibility;
        this.clock = clock;
        this.events = events;
    }

    /** Who records a change; copied into history rows so they stay true after the user changes. */
    record Recorder(Long userId, String name, boolean certifiedAssessor, Long areaId) {

        static Recorder of(CurrentUser user) {
            return new Recorder(user.id(), user.displayName(), user.certifiedAssessor(), user.areaId());
        }
    }

    public record NewClient(PersonalData personal, String cpr, CustodyPlacement placement, LocalDate statusSince) {
    }

    /** Everything the client page shows, read and audited in one transaction. */
    public record ClientRecord(Client client, String maskedCpr, List<CustodyStatusChange> statusHistory,
                               List<RiskAssessment> assessments, List<MentorOffer> offers, EligibilityResult eligibility) {

        public RiskAssessment latestAssessment() {
            return assessments.isEmpty() ? null : assessments.get(0);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reads

    /**
     * Opens a client record (CLIENT_VIEWED). The directorate must state a purpose (AZ5); it is
     * written into the audit row.
     */
    @Transactional
    public ClientRecord open(long id, String purpose) {
        Client client = loadVisible(id);
        auditRead("CLIENT_VIEWED", id, null, purpose);
        return new ClientRecord(client, cprProtector.decrypt(client.getCprEncrypted()).masked(),
                statusHistory.findByClientIdOrderByValidFromDescIdDesc(id),
                assessments.findByClientIdOrderByAssessedOnDescIdDesc(id),
                offers.findByClientIdOrderByOfferedOnDescIdDesc(id),
                eligibility.evaluate(client.facts(), today()));
    }

    /** Loads a client for one of the edit forms (a read of the record, audited as such). */
    @Transactional
    public Client openForEdit(long id, String form) {
        Client client = loadVisible(id);
        auditRead("CLIENT_VIEWED", id, "formular: " + form, null);
        return client;
    }

    /**
     * Checks that the user may see the client (AZ2: 404 and audited otherwise) without recording a
     * read: for a POST whose change, or refusal, is what gets recorded.
     */
    @Transactional(readOnly = true)
    public Client requireVisible(long id) {
        return loadVisible(id);
    }

    /** DP2: shows the full CPR number in this one response, audited (CPR_REVEALED); never the number itself in the log. */
    @Transactional
    public Cpr revealCpr(long id, String purpose) {
        Client client = loadVisible(id);
        auditRead("CPR_REVEALED", id, null, purpose);
        return cprProtector.decrypt(client.getCprEncrypted());
    }

    /** The eligibility of a client the caller has already loaded (visible) on a date. */
    public EligibilityResult eligibilityOn(Client client, LocalDate date) {
        return eligibility.evaluate(client.facts(), date);
    }

    // ---------------------------------------------------------------- validation (IN1)

    /** Every rule the new client's input breaks; required fields are checked by the form. */
    public List<RuleViolation> checkNew(String cpr, CustodyPlacement placement, LocalDate statusSince) {
        List<RuleViolation> violations = new ArrayList<>(checkCpr(cpr, "cpr"));
        violations.addAll(checkPlacement(placement, statusSince, null));
        if (violations.stream().noneMatch(v -> "unitId".equals(v.field()) || "releaseUnitId".equals(v.field()))
                && placement.unitId() != null) {
            Long area = competentArea(placement);
            CurrentUser user = currentUsers.require();
            if (area != null && !user.is(Role.DIRECTORATE) && !area.equals(user.areaId())) {
                violations.add(RuleViolation.onField(Rule.C1, placement.status() == CustodyStatus.INMATE
                        && placement.releaseUnitId() != null ? "releaseUnitId" : "unitId", "client.unit.otherArea"));
            }
        }
        return violations;
    }

    /** IN2: DDMMYY-SSSS with a real date, and no other client with the number (DP1: by the keyed hash). */
    public List<RuleViolation> checkCpr(String text, String field) {
        return checkCpr(text, field, null);
    }

    /** As {@link #checkCpr(String, String)}, where the client's own number is not a duplicate. */
    public List<RuleViolation> checkCpr(String text, String field, Long clientId) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Cpr.Validation validation = Cpr.validate(text);
        if (!validation.valid()) {
            return List.of(RuleViolation.onField(Check.CPR, field,
                    validation.problem() == Cpr.Problem.DATE ? "client.cpr.invalidDate" : "client.cpr.format"));
        }
        String hash = cprProtector.lookupHash(validation.cpr());
        if (clientId == null ? clients.existsByCprHash(hash) : clients.existsByCprHashAndIdNot(hash, clientId)) {
            return List.of(RuleViolation.onField(Check.CPR, field, "client.cpr.duplicate"));
        }
        return List.of();
    }

    /**
     * The custody status with its unit and dates (DOMAIN §2): the unit fits the status, an inmate's
     * expected release is not in the past, end dates come after the start, the start is not in the
     * future, and a change does not start before the current status.
     */
    public List<RuleViolation> checkPlacement(CustodyPlacement p, LocalDate since, LocalDate currentSince) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (p.status() == null) {
            return violations;
        }
        if (p.unitId() != null) {
            Optional<Unit> unit = referenceData.unit(p.unitId());
            if (unit.isEmpty() || !p.status().acceptsUnit(unit.get().getType())) {
                violations.add(RuleViolation.onField(Rule.C1, "unitId",
                        p.status() == CustodyStatus.INMATE ? "client.unit.mustBeCustodial" : "client.unit.mustBeProbationOffice"));
            }
        } else {
            violations.add(RuleViolation.onField(Rule.C1, "unitId", "client.unit.required"));
        }
        if (p.status() == CustodyStatus.INMATE && p.releaseUnitId() != null) {
            Optional<Unit> unit = referenceData.unit(p.releaseUnitId());
            if (unit.isEmpty() || unit.get().getType() != UnitType.PROBATION_OFFICE) {
                violations.add(RuleViolation.onField(Rule.C1, "releaseUnitId", "client.unit.mustBeProbationOffice"));
            }
        }
        if (since != null && since.isAfter(today)) {
            violations.add(RuleViolation.onField(Check.INPUT, "statusSince", "client.statusSince.future"));
        }
        if (since != null && currentSince != null && since.isBefore(currentSince)) {
            violations.add(RuleViolation.onField(Check.INPUT, "statusSince", "client.statusSince.beforeCurrent", currentSince));
        }
        switch (p.status()) {
            case INMATE -> {
                if (p.expectedReleaseDate() == null) {
                    violations.add(RuleViolation.onField(Rule.E5, "expectedReleaseDate", "client.expectedReleaseDate.required"));
                } else if (p.expectedReleaseDate().isBefore(today)) {
                    violations.add(RuleViolation.onField(Rule.E5, "expectedReleaseDate", "client.expectedReleaseDate.past"));
                } else if (since != null && !p.expectedReleaseDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "expectedReleaseDate", "client.dates.releaseBeforeStart"));
                }
            }
            case UNDER_SUPERVISION -> {
                if (p.supervisionEndDate() == null) {
                    violations.add(RuleViolation.onField(Rule.E8, "supervisionEndDate", "client.supervisionEndDate.required"));
                } else if (since != null && !p.supervisionEndDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "supervisionEndDate", "client.dates.endBeforeStart"));
                }
            }
            case VOLUNTARY_SUPERVISION, ELECTRONIC_MONITORING -> {
                if (p.supervisionEndDate() != null && since != null && !p.supervisionEndDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "supervisionEndDate", "client.dates.endBeforeStart"));
                }
            }
            case RELEASED_NO_SUPERVISION -> {
                // no dates besides the start
            }
        }
        return violations;
    }

    /** Keeps only what belongs to the status, so a hidden field of another status is never stored. */
    static CustodyPlacement normalise(CustodyPlacement p) {
        return switch (p.status()) {
            case INMATE -> new CustodyPlacement(p.status(), p.unitId(), p.releaseUnitId(), p.expectedReleaseDate(), null);
            case UNDER_SUPERVISION, VOLUNTARY_SUPERVISION, ELECTRONIC_MONITORING ->
                    new CustodyPlacement(p.status(), p.unitId(), null, null, p.supervisionEndDate());
            case RELEASED_NO_SUPERVISION -> new CustodyPlacement(p.status(), p.unitId(), null, null, null);
        };
    }

    /**
     * C1: the competent area is where the client is supervised, or for an inmate where they will be
     * supervised after release when that is known (C2), else the area of the prison or jail.
     */
    Long competentArea(CustodyPlacement p) {
        Long unitId = p.status() == CustodyStatus.INMATE && p.releaseUnitId() != null ? p.releaseUnitId() : p.unitId();
        return referenceData.unit(unitId).map(Unit::getAreaId).orElse(null);
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    public long create(NewClient input) {
        Refusal.throwIfAny(checkNew(input.cpr(), input.placement(), input.statusSince()));
        Client client = register(input, Recorder.of(currentUsers.require()));
        audit.record("CLIENT_CREATED", SUBJECT, client.getId(),
                "status=" + client.getCustodyStatus() + ", område=" + client.areaId());
        return client.getId();
    }

    /** Registers without access or audit checks: for {@link #create} and the demo data. */
    Client register(NewClient input, Recorder by) {
        Cpr cpr = Cpr.parse(input.cpr()).orElseThrow(() -> new Refusal(
                List.of(RuleViolation.onField(Check.CPR, "cpr", "client.cpr.format"))));
        Instant now = Instant.now(clock);
        CustodyPlacement placement = normalise(input.placement());
        Long area = competentArea(placement);
        Client client = new Client(area, input.personal(), cprProtector.encrypt(cpr), cprProtector.lookupHash(cpr),
                by.userId(), now);
        client.applyCustody(placement, input.statusSince(), area, now);
        refreshEligibility(client);
        clients.saveAndFlush(client);
        statusHistory.save(new CustodyStatusChange(client.getId(), placement, input.statusSince(), area, by.userId(),
                by.name(), now));
        return client;
    }

    /** Name, contact details, language and (when typed) a new CPR number. CI1: refused when stale. */
    @Transactional
    public void updatePersonalData(long id, long version, PersonalData data, String newCpr) {
        Client client = loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        List<RuleViolation> violations = new ArrayList<>(checkCpr(newCpr, "newCpr", id));
        Refusal.throwIfAny(violations);
        Instant now = Instant.now(clock);
        List<String> changed = changedFields(client, data);
        if (newCpr != null && !newCpr.isBlank()) {
            Cpr cpr = Cpr.of(newCpr);
            client.changeCpr(cprProtector.encrypt(cpr), cprProtector.lookupHash(cpr), now);
            changed.add("cpr");
        }
        client.applyPersonalData(data, now);
        audit.record("CLIENT_CHANGED", SUBJECT, id, "felter=" + String.join(",", changed));
    }

    private static List<String> changedFields(Client c, PersonalData d) {
        List<String> changed = new ArrayList<>();
        if (!java.util.Objects.equals(c.getFirstName(), d.firstName()) || !java.util.Objects.equals(c.getLastName(), d.lastName())) {
            changed.add("navn");
        }
        if (!java.util.Objects.equals(c.getPhone(), d.phone())) {
            changed.add("telefon");
        }
        if (!java.util.Objects.equals(c.getEmail(), d.email())) {
            changed.add("e-mail");
        }
        if (!java.util.Objects.equals(c.getAddress(), d.address())) {
            changed.add("adresse");
        }
        if (c.getPreferredLanguage() != d.preferredLanguage()) {
            changed.add("sprog");
        }
        return changed;
    }

    /**
     * Records a new custody status from a date, by whom, with the competent area that follows (C1).
     * Nothing else changes (C13). Returns false when the client has passed to an area the user does
     * not belong to (a hand-over, C2), so the caller does not show a page the user may no longer see.
     */
    @Transactional
    public boolean changeStatus(long id, long version, CustodyPlacement placement, LocalDate since) {
        Client client = loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        Refusal.throwIfAny(checkPlacement(placement, since, client.getStatusSince()));
        CustodyStatus before = client.getCustodyStatus();
        Long areaBefore = client.areaId();
        applyStatus(client, placement, since, Recorder.of(currentUsers.require()));
        audit.record("CUSTODY_STATUS_CHANGED", SUBJECT, id, before + " -> " + client.getCustodyStatus() + " fra " + since
                + (areaBefore.equals(client.areaId()) ? "" : ", område " + areaBefore + " -> " + client.areaId()));
        return access.canSee(client.areaId());
    }

    void applyStatus(Client client, CustodyPlacement placement, LocalDate since, Recorder by) {
        Instant now = Instant.now(clock);
        CustodyPlacement normalised = normalise(placement);
        Long area = competentArea(normalised);
        CustodyStatus before = client.getCustodyStatus();
        Long areaBefore = client.areaId();
        client.applyCustody(normalised, since, area, now);
        statusHistory.save(new CustodyStatusChange(client.getId(), normalised, since, area, by.userId(), by.name(), now));
        refreshEligibility(client);
        // C13: other features (mentor courses) react in this transaction; see CustodyStatusChanged.
        events.publishEvent(new CustodyStatusChanged(client.getId(), before, normalised.status(), since, areaBefore, area));
    }

    /** E1: an LS/RNR assessment, only by a certified assessor; the latest (by date) counts. */
    @Transactional
    public void recordAssessment(long id, LocalDate assessedOn, RiskLevel level, Map<NeedArea, RiskLevel> needs) {
        CurrentUser user = currentUsers.require();
        Client client = loadVisible(id);
        Refusal.throwIfAny(checkAssessment(user.certifiedAssessor(), assessedOn));
        addAssessment(client, assessedOn, level, needs, Recorder.of(user));
        audit.record("RISK_ASSESSMENT_RECORDED", SUBJECT, id, "risiko=" + level + ", dato=" + assessedOn);
    }

    List<RuleViolation> checkAssessment(boolean certified, LocalDate assessedOn) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!certified) {
            violations.add(RuleViolation.general(Rule.E1, "client.assessment.notCertified"));
        }
        if (assessedOn != null && assessedOn.isAfter(today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "assessedOn", "client.date.future"));
        }
        return violations;
    }

    void addAssessment(Client client, LocalDate assessedOn, RiskLevel level, Map<NeedArea, RiskLevel> needs, Recorder by) {
        if (!by.certifiedAssessor()) {
            throw Refusal.general(Rule.E1, "client.assessment.notCertified");
        }
        EnumMap<NeedArea, RiskLevel> complete = new EnumMap<>(NeedArea.class);
        complete.putAll(needs);
        if (complete.size() != NeedArea.values().length) {
            throw Refusal.general(Rule.E1, "client.assessment.needsIncomplete");
        }
        assessments.save(new RiskAssessment(client.getId(), assessedOn, level, complete, by.userId(), by.name(),
                Instant.now(clock)));
        if (client.getCurrentAssessmentDate() == null || !assessedOn.isBefore(client.getCurrentAssessmentDate())) {
            client.applyLatestAssessment(level, assessedOn);
        }
        client.touch(Instant.now(clock));
        refreshEligibility(client);
    }

    /** E2 and E3: the documented special need and the motivation with its date. CI1: refused when stale. */
    @Transactional
    public void recordNeedAndMotivation(long id, long version, String specialNeed, Boolean motivated,
                                        LocalDate motivationDate, String motivationNote) {
        Client client = loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        Refusal.throwIfAny(checkMotivation(motivated, motivationDate));
        applyNeedAndMotivation(client, specialNeed, motivated, motivationDate, motivationNote);
        audit.record("CLIENT_NEED_CHANGED", SUBJECT, id, "behov=" + (specialNeed == null ? "nej" : "ja")
                + ", motiveret=" + (motivated == null ? "ikke registreret" : motivated ? "ja" : "nej"));
    }

    List<RuleViolation> checkMotivation(Boolean motivated, LocalDate motivationDate) {
        List<RuleViolation> violations = new ArrayList<>();
        if (motivated != null && motivationDate == null) {
            violations.add(RuleViolation.onField(Rule.E3, "motivationDate", "client.motivationDate.required"));
        }
        if (motivationDate != null && motivationDate.isAfter(today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "motivationDate", "client.date.future"));
        }
        return violations;
    }

    void applyNeedAndMotivation(Client client, String specialNeed, Boolean motivated, LocalDate motivationDate,
                                String motivationNote) {
        client.applyNeedAndMotivation(specialNeed, motivated, motivationDate, motivationNote, Instant.now(clock));
        refreshEligibility(client);
    }

    /** E9: an offer of a mentor with the client's answer. */
    @Transactional
    public void recordOffer(long id, LocalDate offeredOn, OfferAnswer answer, String note) {
        Client client = loadVisible(id);
        if (offeredOn != null && offeredOn.isAfter(today())) {
            throw new Refusal(List.of(RuleViolation.onField(Check.INPUT, "offeredOn", "client.date.future")));
        }
        addOffer(client, offeredOn, answer, note, Recorder.of(currentUsers.require()));
        audit.record("MENTOR_OFFER_RECORDED", SUBJECT, id, "svar=" + answer + ", dato=" + offeredOn);
    }

    void addOffer(Client client, LocalDate offeredOn, OfferAnswer answer, String note, Recorder by) {
        offers.save(new MentorOffer(client.getId(), offeredOn, answer, note, by.userId(), by.name(), Instant.now(clock)));
        if (client.getLastOfferDate() == null || !offeredOn.isBefore(client.getLastOfferDate())) {
            client.applyLatestOffer(offeredOn, answer);
        }
        client.touch(Instant.now(clock));
        refreshEligibility(client);
    }

    private void refreshEligibility(Client client) {
        client.applyEligibility(eligibility.evaluate(client.facts(), today()));
    }

    // ---------------------------------------------------------------- access and audit

    private Client loadVisible(long id) {
        Client client = clients.findById(id).orElseThrow(() -> new NotFoundException("client " + id));
        return access.requireVisible(client, SUBJECT, id);
    }

    /** AZ5: the directorate reads a client record only for a stated purpose, which goes into the audit row. */
    private void auditRead(String action, long id, String details, String purpose) {
        CurrentUser user = currentUsers.require();
        if (user.is(Role.DIRECTORATE)) {
            if (purpose == null || purpose.isBlank()) {
                throw Refusal.general(Check.PURPOSE, "client.purpose.required");
            }
            audit.recordWithPurpose(action, SUBJECT, id, details, purpose);
        } else {
            audit.record(action, SUBJECT, id, details);
        }
    }
}
