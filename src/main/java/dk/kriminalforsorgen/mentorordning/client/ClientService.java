package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.client.Client.PersonalData;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * Registering a client and keeping their personal data (DOMAIN §2), and the client feature's entry for
 * other features (the area check and the eligibility of a client on a day). Every load goes through
 * {@link AccessChecker} (AZ2), every change writes an audit row in the same transaction (AU1, AU2), and
 * the CPR number is only ever stored encrypted and never written to the audit log (DP1, DP3). Reading
 * a record is {@link ClientRecords}; custody status is {@link CustodyStatuses}; assessments, need,
 * motivation and offers are {@link ClientAssessments}.
 *
 * @see dk.kriminalforsorgen.mentorordning.security.AccessChecker
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientService {

    public static final String SUBJECT = "CLIENT";

    private final ClientAccess access;
    private final ClientRepository clients;
    private final ClientChecks checks;
    private final ClientEligibility eligibility;
    private final CprProtector cprProtector;
    private final CustodyStatuses statuses;
    private final ClientAssessments assessments;
    private final AuditService audit;
    private final ReferenceData referenceData;
    private final Clock clock;

    /**
     * A client to register. {@code handOver}: the user confirmed that an inmate of their area who will be
     * supervised by another area is handed over to that area at once (C2, §10).
     */
    public record NewClient(PersonalData personal, String cpr, CustodyPlacement placement, LocalDate statusSince,
                            boolean handOver) {

        public NewClient(PersonalData personal, String cpr, CustodyPlacement placement, LocalDate statusSince) {
            this(personal, cpr, placement, statusSince, false);
        }
    }

    /** The registered client, and the area it was handed over to (C2) or null when it stays in the user's area. */
    public record Registered(long id, String handedOverTo) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Checks that the user may see the client (AZ2: 404 and audited otherwise) without recording a
     * read: for a POST whose change, or refusal, is what gets recorded.
     */
    @Transactional(readOnly = true)
    public Client requireVisible(long id) {
        return access.loadVisible(id);
    }

    /** The eligibility of a client the caller has already loaded (visible) on a date. */
    public EligibilityResult eligibilityOn(Client client, LocalDate date) {
        return eligibility.on(client, date);
    }

    // ---------------------------------------------------------------- validation (IN1)

    /** Every rule the new client's input breaks ({@link ClientChecks#checkNew}); the form checks required fields. */
    public List<RuleViolation> checkNew(String cpr, CustodyPlacement placement, LocalDate statusSince, boolean handOver) {
        return checks.checkNew(cpr, placement, statusSince, handOver);
    }

    /** IN2: DDMMYY-SSSS with a real date, and no other client with the number (DP1: by the keyed hash). */
    public List<RuleViolation> checkCpr(String text, String field) {
        return checks.checkCpr(text, field, null);
    }

    /** As {@link #checkCpr(String, String)}, where the client's own number is not a duplicate. */
    public List<RuleViolation> checkCpr(String text, String field, Long clientId) {
        return checks.checkCpr(text, field, clientId);
    }

    /** The custody status with its unit and dates (DOMAIN §2); see {@link ClientChecks#checkPlacement}. */
    public List<RuleViolation> checkPlacement(CustodyPlacement p, LocalDate since, LocalDate currentSince) {
        return checks.checkPlacement(p, since, currentSince);
    }

    // ---------------------------------------------------------------- registration and personal data

    @Transactional
    public long create(NewClient input) {
        return createClient(input).id();
    }

    /**
     * Registers the client in the competent area (C1). An inmate of the user's area who will be supervised
     * by another area is handed over to it at once (C2, §10): recorded in the audit log and the status
     * history (who, from which area), and the decisions are that area's from now on; the user no longer
     * sees the client (AZ2).
     */
    @Transactional
    public Registered createClient(NewClient input) {
        Refusal.throwIfAny(checks.checkNew(input.cpr(), input.placement(), input.statusSince(), input.handOver()));
        Recorder by = access.recorder();
        Client client = register(input, by);
        audit.record("CLIENT_CREATED", SUBJECT, client.getId(),
                "status=" + client.getCustodyStatus() + ", område=" + client.areaId());
        if (access.canSee(client.areaId())) {
            return new Registered(client.getId(), null);
        }
        audit.record("CLIENT_HANDED_OVER", SUBJECT, client.getId(),
                "C2 §10: område " + by.areaId() + " -> " + client.areaId());
        return new Registered(client.getId(), referenceData.areaName(client.areaId()));
    }

    /** Registers without access or audit checks: for {@link #create} and the demo data. */
    Client register(NewClient input, Recorder by) {
        Cpr cpr = Cpr.parse(input.cpr()).orElseThrow(() -> Refusal.onField(Check.CPR, "cpr", "client.cpr.format"));
        Instant now = Instant.now(clock);
        CustodyPlacement placement = ClientChecks.normalise(input.placement());
        Long area = checks.competentArea(placement);
        Client client = new Client(area, input.personal(), cprProtector.encrypt(cpr), cprProtector.lookupHash(cpr),
                by.userId(), now);
        client.applyCustody(placement, input.statusSince(), area, now);
        eligibility.refresh(client);
        clients.saveAndFlush(client);
        statuses.recordFirst(client, placement, input.statusSince(), area, by, now);
        return client;
    }

    /** Name, contact details, language and (when typed) a new CPR number. CI1: refused when stale. */
    @Transactional
    public void updatePersonalData(long id, long version, PersonalData data, String newCpr) {
        Client client = access.loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        Refusal.throwIfAny(checks.checkCpr(newCpr, "newCpr", id));
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
        if (!Objects.equals(c.getFirstName(), d.firstName()) || !Objects.equals(c.getLastName(), d.lastName())) {
            changed.add("navn");
        }
        if (!Objects.equals(c.getPhone(), d.phone())) {
            changed.add("telefon");
        }
        if (!Objects.equals(c.getEmail(), d.email())) {
            changed.add("e-mail");
        }
        if (!Objects.equals(c.getAddress(), d.address())) {
            changed.add("adresse");
        }
        if (c.getPreferredLanguage() != d.preferredLanguage()) {
            changed.add("sprog");
        }
        return changed;
    }

    // ---------------------------------------------------------------- kept for the course feature's callers

    /** See {@link CustodyStatuses#changeStatus}; kept so that the course feature's callers need not change. */
    public boolean changeStatus(long id, long version, CustodyPlacement placement, LocalDate since) {
        return statuses.changeStatus(id, version, placement, since);
    }

    /** See {@link ClientAssessments#recordAssessment}. */
    public void recordAssessment(long id, LocalDate assessedOn, RiskLevel level, Map<NeedArea, RiskLevel> needs) {
        assessments.recordAssessment(id, assessedOn, level, needs);
    }

    /** See {@link ClientAssessments#recordNeedAndMotivation}. */
    public void recordNeedAndMotivation(long id, long version, String specialNeed, Boolean motivated,
                                        LocalDate motivationDate, String motivationNote) {
        assessments.recordNeedAndMotivation(id, version, specialNeed, motivated, motivationDate, motivationNote);
    }

    /** See {@link ClientAssessments#recordOffer}. */
    public void recordOffer(long id, LocalDate offeredOn, OfferAnswer answer, String note) {
        assessments.recordOffer(id, offeredOn, answer, note);
    }
}
