package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;

/**
 * The registry's lifecycle use cases: register (also a client's own proposal, C3), edit, vet (M7) and
 * decide on mentors (DOMAIN §4), and the registry's entry for other features: the full M1-M10
 * assessment of an appointment and the mentor loaded for the directorate's decision (M8). Changes are
 * for the coordinators of the mentor's home area (another area's mentor answers 404, AZ2); every read
 * and change is audited in the same transaction (AU1). A mentor's page is {@link MentorViews}; facts
 * between a mentor and a client (M5, M6) are {@link ClientRelations}.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorRegistry {

    public static final String SUBJECT = "MENTOR";

    private final MentorLoader loader;
    private final ProfileChecks profiles;
    private final ClientRelations relations;
    private final Workload workload;
    private final AppointmentPolicy policy;
    private final MentorTrainings trainings;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MentorAccounts accounts;

    // ---- reading ----

    /** For an edit form: the mentor if the signed-in coordinator may change it. Audited as a read. */
    public Mentor forEdit(long id) {
        Mentor mentor = loader.findChangeable(id);
        audit.record("MENTOR_VIEWED", SUBJECT, id, "edit form");
        return mentor;
    }

    /** The mentor record linked to a user of role MENTOR, if any. */
    @Transactional(readOnly = true)
    public Optional<Mentor> ofUser(long userId) {
        return loader.ofUser(userId);
    }

    /**
     * Where a meeting invitation to the mentor goes (issue 12): the e-mail of the user linked to the mentor, if any and
     * set, else the registry's e-mail. Read by the course feature for a course's own mentor; no audit of its own (the
     * planning is audited).
     */
    @Transactional(readOnly = true)
    public Optional<String> invitationAddress(long mentorId) {
        return loader.findOptional(mentorId).flatMap(mentor -> loader.userEmail(mentor.getUserId())
                .or(() -> Optional.ofNullable(mentor.getEmail()).filter(email -> !email.isBlank())));
    }

    /**
     * The full M1-M10 result for appointing the mentor to the client on a day with extra hours. Called by
     * the course feature when a mentor is appointed or hours are changed.
     */
    public AppointmentAssessment assess(long mentorId, ClientFacts client, LocalDate day, BigDecimal extraHours) {
        Mentor mentor = loader.find(mentorId);
        MentorFacts facts = MentorFacts.of(mentor, workload.agreedHours(mentorId),
                relations.closeRelation(mentorId, client.clientId()),
                relations.employeeException(mentorId, client.clientId()))
                .withTraining(trainings.introductionOn(mentorId).orElse(null), trainings.appointedBefore(mentorId));
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
        Mentor mentor = apply(user, withHomeArea(profile, user.areaId()), null, cpr,
                reason == null || reason.isBlank() ? "Registreret som ansøger" : reason);
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
        Mentor mentor = apply(currentUsers.require(), withHomeArea(profile, client.areaId()), client.clientId(), cpr,
                "Foreslået af klienten (§11)");
        audit.record("MENTOR_PROPOSED_BY_CLIENT", SUBJECT, mentor.getId(), "client=" + client.clientId());
        return mentor;
    }

    /** A new applicant with the profile (its unit checked) and the CPR number if given, saved. */
    private Mentor apply(CurrentUser user, MentorProfile profile, Long proposedForClientId, String cpr, String reason) {
        profiles.validateUnit(profile);
        Mentor mentor = Mentor.apply(profile, proposedForClientId, user.getUsername(), now(), today(), reason);
        profiles.applyCpr(mentor, cpr);
        loader.save(mentor);
        return mentor;
    }

    public void update(long id, long version, MentorProfile profile) {
        update(id, version, profile, null);
    }

    /** Changes the profile; a blank CPR keeps the number on record (it is never shown in a form, DP2). */
    public void update(long id, long version, MentorProfile profile, String cpr) {
        Mentor mentor = loader.changeable(id, version);
        MentorProfile kept = withHomeArea(profile, mentor.getHomeAreaId());
        profiles.validateUnit(kept);
        mentor.updateProfile(kept, today());
        if (cpr == null || cpr.isBlank()) {
            profiles.requireBirthDateMatchesCpr(mentor);
        } else {
            profiles.applyCpr(mentor, cpr);
        }
        audit.record("MENTOR_UPDATED", SUBJECT, id, null);
    }

    public void setUnavailable(long id, long version, LocalDate until) {
        Mentor mentor = loader.changeable(id, version);
        mentor.markUnavailable(until, today());
        audit.record("MENTOR_AVAILABILITY_CHANGED", SUBJECT, id, until == null ? "available" : "until " + until);
    }

    // ---- vetting (M7) ----

    public void recordConsent(long id, long version, LocalDate consentOn) {
        Mentor mentor = loader.changeable(id, version);
        mentor.recordConsent(currentUsers.require().areaId(), consentOn, username(), now(), today());
        audit.record("MENTOR_CONSENT_RECORDED", SUBJECT, id, null);
    }

    public void recordCheck(long id, long version, LocalDate checkedOn, RecordResult result, String notes) {
        Mentor mentor = loader.changeable(id, version);
        mentor.recordCheck(checkedOn, result, notes, username(), now(), today());
        audit.record("MENTOR_RECORD_CHECKED", SUBJECT, id, null);
    }

    // ---- status decisions of the area ----

    public enum AreaDecision { APPROVE, REJECT, DEACTIVATE, REACTIVATE, RETIRE }

    public void decide(long id, long version, AreaDecision decision, String reason) {
        Mentor mentor = loader.changeable(id, version);
        MentorStatus before = mentor.getStatus();
        switch (decision) {
            case APPROVE -> mentor.approve(reason, username(), now(), today(), properties);
            case REJECT -> mentor.reject(reason, username(), now());
            case DEACTIVATE -> mentor.deactivate(reason, username(), now());
            case REACTIVATE -> mentor.reactivate(reason, username(), now());
            case RETIRE -> mentor.retire(reason, username(), now());
        }
        audit.record("MENTOR_STATUS_CHANGED", SUBJECT, id, before + " -> " + mentor.getStatus());
        if (before != mentor.getStatus()
                && (mentor.getStatus() == MentorStatus.INACTIVE || mentor.getStatus() == MentorStatus.RETIRED)) {
            // issue 11: the areas where the mentor has courses must find them a new mentor (in this transaction)
            events.publishEvent(new MentorWithdrawn(id, mentor.getStatus(), today(), now()));
        }
        // issue 14: deactivating or retiring the mentor disables their account (and its live sessions) at once
        accounts.afterDecision(mentor);
    }

    /**
     * For the approval feature (M8): the mentor, loaded for a change by a coordinator of its area with
     * the version of their form. Runs in the caller's transaction.
     */
    public Mentor changeable(long id, long version) {
        return loader.changeable(id, version);
    }

    /** For the directorate's decision (M8): the mentor regardless of area. Runs in the caller's transaction. */
    public Mentor forDirectorateDecision(long id) {
        return loader.find(id);
    }

    /** See {@link ClientRelations#recordCloseRelation}; kept for the course feature's callers. */
    public void recordCloseRelation(long mentorId, ClientFacts client, String declaredBy, String description) {
        relations.recordCloseRelation(mentorId, client, declaredBy, description);
    }

    // ---- helpers ----

    private static MentorProfile withHomeArea(MentorProfile p, Long areaId) {
        return new MentorProfile(p.firstName(), p.lastName(), p.birthDate(), p.email(), p.phone(), p.address(),
                p.postalCode(), p.city(), areaId, p.speaksDanish(), p.cooperationDeclaredOn(),
                p.documentationDeclaredOn(), p.confidentialitySignedOn(), p.employeeUnitId(), p.hoursPerWeek(),
                p.trainingCompletedOn(), p.needAreas(), p.taskGroups(), p.languages());
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
