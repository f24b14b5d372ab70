package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * The registry's use cases: register, view, edit, vet and decide on mentors (DOMAIN §4). The registry
 * is national: anyone of a caseworker's rank may view a mentor (without record details, AZ3); changes
 * are for the coordinators of the mentor's home area (another area's mentor answers 404, AZ2). Every
 * read and change is audited in the same transaction (AU1).
 */
@Service
@Transactional
public class MentorRegistry {

    public static final String SUBJECT = "MENTOR";

    private final MentorRepository mentors;
    private final AccessChecker access;
    private final RecordAccess recordAccess;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final ReferenceData referenceData;
    private final Workload workload;
    private final AppointmentPolicy policy;
    private final JdbcTemplate jdbc;
    private final CprProtector cprProtector;
    private final Clock clock;

    MentorRegistry(MentorRepository mentors, AccessChecker access, RecordAccess recordAccess, CurrentUsers currentUsers,
                   AuditService audit, RegistryProperties properties, ReferenceData referenceData, Workload workload,
                   AppointmentPolicy policy, JdbcTemplate jdbc, CprProtector cprProtector, Clock clock) {
        this.mentors = mentors;
        this.access = access;
        this.recordAccess = recordAccess;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.properties = properties;
        this.referenceData = referenceData;
        this.workload = workload;
        this.policy = policy;
        this.jdbc = jdbc;
        this.cprProtector = cprProtector;
        this.clock = clock;
    }

    /** A mentor's page: the record, whether the user may see the vetting details, and the workload. */
    public record MentorView(Mentor mentor, boolean recordDetailsVisible, boolean changeable, BigDecimal agreedHours,
                             BigDecimal capacityLeft, LocalDate vettingValidUntil, boolean vettingValid,
                             boolean availableToday, String homeAreaName, String employeeUnitName, int age,
                             String maskedCpr) {
    }

    // ---- reading ----

    public MentorView view(long id) {
        Mentor mentor = find(id);
        boolean details = recordAccess.canSeeDetails(mentor);
        audit.record(details ? "MENTOR_VIEWED_WITH_RECORD" : "MENTOR_VIEWED", SUBJECT, id, null);
        BigDecimal agreed = workload.agreedHours(id);
        LocalDate today = today();
        CurrentUser user = currentUsers.require();
        boolean changeable = user.is(dk.kriminalforsorgen.mentorordning.security.Role.COORDINATOR)
                && access.canSee(mentor.areaId());
        return new MentorView(mentor, details, changeable, agreed, workload.capacityLeft(agreed),
                mentor.vetting().validUntil(properties), mentor.vetting().isValidOn(today, properties),
                mentor.isAvailableOn(today), referenceData.areaName(mentor.getHomeAreaId()),
                referenceData.unit(mentor.getEmployeeUnitId()).map(Unit::getName).orElse(null), mentor.ageOn(today),
                mentor.hasCpr() ? cprProtector.decrypt(mentor.getCprEncrypted()).masked() : null);
    }

    /** For an edit form: the mentor if the signed-in coordinator may change it. Audited as a read. */
    public Mentor forEdit(long id) {
        Mentor mentor = findChangeable(id);
        audit.record("MENTOR_VIEWED", SUBJECT, id, "edit form");
        return mentor;
    }

    /** The mentor record linked to a user of role MENTOR, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Mentor> ofUser(long userId) {
        return mentors.findByUserId(userId);
    }

    /**
     * The full M1-M10 result for appointing the mentor to the client on a day with extra hours. Called by
     * the course feature when a mentor is appointed or hours are changed.
     */
    public AppointmentAssessment assess(long mentorId, ClientFacts client, LocalDate day, BigDecimal extraHours) {
        Mentor mentor = find(mentorId);
        MentorFacts facts = MentorFacts.of(mentor, workload.agreedHours(mentorId),
                exists("select count(*) from mentor_close_relation where mentor_id = ? and client_id = ?", mentorId, client.clientId()),
                exists("select count(*) from mentor_employee_exception where mentor_id = ? and client_id = ?", mentorId, client.clientId()));
        audit.record("MENTOR_ASSESSED", SUBJECT, mentorId, "client=" + client.clientId());
        return policy.assess(facts, client, day, extraHours);
    }

    // ---- registering and editing ----

    /** A coordinator registers an applicant in their own area. */
    public Mentor register(MentorProfile profile, String reason) {
        return register(profile, null, reason);
    }

    /** As {@link #register(MentorProfile, String)} with an optional CPR number (DP1, IN2). */
    public Mentor register(MentorProfile profile, String cpr, String reason) {
        CurrentUser user = currentUsers.require();
        MentorProfile inOwnArea = withHomeArea(profile, user.areaId());
        validateUnit(inOwnArea);
        Mentor mentor = Mentor.apply(inOwnArea, null, user.getUsername(), now(), today(),
                reason == null || reason.isBlank() ? "Registreret som ansøger" : reason);
        applyCpr(mentor, cpr);
        mentors.saveAndFlush(mentor);
        audit.record("MENTOR_CREATED", SUBJECT, mentor.getId(), null);
        return mentor;
    }

    /**
     * C3 (§11): the client proposes a person who is not yet in the registry. The person becomes an
     * applicant linked to the client, in the client's area; vetting follows as for anyone else.
     */
    public Mentor registerProposal(ClientFacts client, MentorProfile profile) {
        return registerProposal(client, profile, null);
    }

    public Mentor registerProposal(ClientFacts client, MentorProfile profile, String cpr) {
        CurrentUser user = currentUsers.require();
        MentorProfile inArea = withHomeArea(profile, client.areaId());
        validateUnit(inArea);
        Mentor mentor = Mentor.apply(inArea, client.clientId(), user.getUsername(), now(), today(),
                "Foreslået af klienten (§11)");
        applyCpr(mentor, cpr);
        mentors.saveAndFlush(mentor);
        audit.record("MENTOR_PROPOSED_BY_CLIENT", SUBJECT, mentor.getId(), "client=" + client.clientId());
        return mentor;
    }

    public void update(long id, long version, MentorProfile profile) {
        update(id, version, profile, null);
    }

    /** Changes the profile; a blank CPR keeps the number on record (it is never shown in a form, DP2). */
    public void update(long id, long version, MentorProfile profile, String cpr) {
        Mentor mentor = changeable(id, version);
        MentorProfile kept = withHomeArea(profile, mentor.getHomeAreaId());
        validateUnit(kept);
        mentor.updateProfile(kept, today());
        if (cpr == null || cpr.isBlank()) {
            if (mentor.hasCpr() && !cprProtector.decrypt(mentor.getCprEncrypted()).birthDate().equals(mentor.getBirthDate())) {
                throw Refusal.onField(Check.CPR, "birthDate", "mentor.cpr.birthDateMismatch");
            }
        } else {
            applyCpr(mentor, cpr);
        }
        audit.record("MENTOR_UPDATED", SUBJECT, id, null);
    }

    public void setUnavailable(long id, long version, LocalDate until) {
        Mentor mentor = changeable(id, version);
        mentor.markUnavailable(until, today());
        audit.record("MENTOR_AVAILABILITY_CHANGED", SUBJECT, id, until == null ? "available" : "until " + until);
    }

    // ---- vetting (M7) ----

    public void recordConsent(long id, long version, LocalDate consentOn) {
        Mentor mentor = changeable(id, version);
        mentor.recordConsent(currentUsers.require().areaId(), consentOn, username(), now(), today());
        audit.record("MENTOR_CONSENT_RECORDED", SUBJECT, id, null);
    }

    public void recordCheck(long id, long version, LocalDate checkedOn, RecordResult result, String notes) {
        Mentor mentor = changeable(id, version);
        mentor.recordCheck(checkedOn, result, notes, username(), now(), today());
        audit.record("MENTOR_RECORD_CHECKED", SUBJECT, id, null);
    }

    // ---- status decisions of the area ----

    public enum AreaDecision { APPROVE, REJECT, DEACTIVATE, REACTIVATE, RETIRE }

    public void decide(long id, long version, AreaDecision decision, String reason) {
        Mentor mentor = changeable(id, version);
        MentorStatus before = mentor.getStatus();
        switch (decision) {
            case APPROVE -> mentor.approve(reason, username(), now(), today(), properties);
            case REJECT -> mentor.reject(reason, username(), now());
            case DEACTIVATE -> mentor.deactivate(reason, username(), now());
            case REACTIVATE -> mentor.reactivate(reason, username(), now());
            case RETIRE -> mentor.retire(reason, username(), now());
        }
        audit.record("MENTOR_STATUS_CHANGED", SUBJECT, id, before + " -> " + mentor.getStatus());
    }

    /**
     * For the approval feature (M8): the mentor, loaded for a change by a coordinator of its area with
     * the version of their form. Runs in the caller's transaction.
     */
    public Mentor changeable(long id, long version) {
        Mentor mentor = findChangeable(id);
        StaleEditException.requireVersion(version, mentor.getVersion(), "mentor " + id);
        return mentor;
    }

    /** For the directorate's decision (M8): the mentor regardless of area. Runs in the caller's transaction. */
    public Mentor forDirectorateDecision(long id) {
        return find(id);
    }

    // ---- client-specific facts (M5, M6) ----

    /** M6 (§5 stk. 3): records that the mentor is a close relative or associate of the client. */
    public void recordCloseRelation(long mentorId, ClientFacts client, String declaredBy, String description) {
        find(mentorId);
        if (description == null || description.isBlank()) {
            throw Refusal.onField(Rule.M6, "description", "mentor.M6.descriptionRequired");
        }
        if (!List.of("MENTOR", "CASEWORKER", "CLIENT").contains(declaredBy)) {
            throw Refusal.onField(Check.INPUT, "declaredBy", "mentor.M6.declaredByRequired");
        }
        jdbc.update("""
                insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (mentor_id, client_id) do nothing
                """, mentorId, client.clientId(), declaredBy, description, Timestamp.from(now()), username());
        audit.record("MENTOR_CLOSE_RELATION", SUBJECT, mentorId, "client=" + client.clientId());
    }

    /**
     * M5 (§5 stk. 2): the client's area records an exception with a written justification so that an
     * employee may mentor a client of their own unit.
     */
    public void recordEmployeeException(long mentorId, ClientFacts client, String justification) {
        Mentor mentor = find(mentorId);
        CurrentUser user = currentUsers.require();
        if (!user.is(dk.kriminalforsorgen.mentorordning.security.Role.COORDINATOR) || !access.canSee(client.areaId())) {
            throw new NotFoundException("client " + client.clientId());
        }
        if (mentor.getEmployeeUnitId() == null) {
            throw Refusal.general(Rule.M5, "mentor.M5.notEmployee");
        }
        if (justification == null || justification.isBlank()) {
            throw Refusal.onField(Rule.M5, "justification", "mentor.M5.justificationRequired");
        }
        jdbc.update("""
                insert into mentor_employee_exception (mentor_id, client_id, justification, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)
                on conflict (mentor_id, client_id) do update set justification = excluded.justification,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, mentorId, client.clientId(), justification, Timestamp.from(now()), user.getUsername());
        audit.record("MENTOR_M5_EXCEPTION", SUBJECT, mentorId, "client=" + client.clientId());
    }

    // ---- helpers ----

    /** IN2 and DP1: a valid CPR number, unique among mentors, stored encrypted with its keyed hash. */
    private void applyCpr(Mentor mentor, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Cpr.Validation validation = Cpr.validate(text);
        if (!validation.valid()) {
            throw Refusal.onField(Check.CPR, "cpr", validation.problem() == Cpr.Problem.DATE
                    ? "mentor.cpr.invalidDate" : "mentor.cpr.format");
        }
        String hash = cprProtector.lookupHash(validation.cpr());
        Integer others = jdbc.queryForObject("select count(*) from mentor where cpr_hash = ? and id is distinct from ?",
                Integer.class, hash, mentor.getId());
        if (others != null && others > 0) {
            throw Refusal.onField(Check.CPR, "cpr", "mentor.cpr.duplicate");
        }
        mentor.recordCpr(cprProtector.encrypt(validation.cpr()), hash, validation.cpr().birthDate());
    }

    /** The mentor with its collections loaded, so pages can render them after the transaction (no open-in-view). */
    Mentor find(long id) {
        Mentor mentor = mentors.findById(id).orElseThrow(() -> new NotFoundException("mentor " + id));
        mentor.loadCollections();
        return mentor;
    }

    private Mentor findChangeable(long id) {
        return access.requireVisible(find(id), SUBJECT, id);
    }

    private void validateUnit(MentorProfile profile) {
        if (profile.employeeUnitId() != null && referenceData.unit(profile.employeeUnitId()).isEmpty()) {
            throw Refusal.onField(Check.INPUT, "employeeUnitId", "mentor.employeeUnit.unknown");
        }
        if (profile.homeAreaId() == null || referenceData.area(profile.homeAreaId()).isEmpty()) {
            throw Refusal.general(Check.INPUT, "mentor.homeArea.unknown");
        }
    }

    private static MentorProfile withHomeArea(MentorProfile p, Long areaId) {
        return new MentorProfile(p.firstName(), p.lastName(), p.birthDate(), p.email(), p.phone(), p.address(),
                p.postalCode(), p.city(), areaId, p.speaksDanish(), p.cooperationDeclaredOn(),
                p.documentationDeclaredOn(), p.confidentialitySignedOn(), p.employeeUnitId(), p.hoursPerWeek(),
                p.trainingCompletedOn(), p.needAreas(), p.taskGroups(), p.languages());
    }

    private boolean exists(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n != null && n > 0;
    }

    private String username() {
        return currentUsers.require().getUsername();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
