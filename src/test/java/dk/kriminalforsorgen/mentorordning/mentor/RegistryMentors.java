package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;

/**
 * State-named factories of mentors in the registry, created through the registry's services (as the
 * signed-in coordinator, whose area becomes the home area). The day is the application's clock.
 */
@RequiredArgsConstructor
public final class RegistryMentors {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MentorRegistry registry;
    private final Clock clock;

    /** A profile meeting M1-M4 and M9, with a unique last name so searches find exactly this mentor. */
    public MentorProfile profile(String firstName) {
        return profile(firstName, Set.of("en"));
    }

    /** As {@link #profile(String)}, speaking the given languages (ISO 639-1 codes) besides Danish. */
    public MentorProfile profile(String firstName, Set<String> languages) {
        LocalDate today = LocalDate.now(clock);
        return new MentorProfile(firstName, "Testsen" + SEQUENCE.incrementAndGet(), today.minusYears(40),
                "mentor@example.dk", "20304050", "Nørregade 1, 2200 København N", "2200", "København N", null, true,
                today.minusMonths(1), today.minusMonths(1), today.minusMonths(1), null, new BigDecimal("10"), null,
                Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL), languages);
    }

    /**
     * A profile with the given strengths (need areas), languages besides Danish, postal code, employment
     * at a unit of the Prison and Probation Service (M5, null: none) and, if {@code trained}, the mentor
     * training completed a month ago.
     */
    public MentorProfile profile(String firstName, Set<NeedArea> needAreas, Set<String> languages, String postalCode,
                                 Long employeeUnitId, boolean trained) {
        MentorProfile p = profile(firstName, languages);
        return new MentorProfile(p.firstName(), p.lastName(), p.birthDate(), p.email(), p.phone(), p.address(),
                postalCode, p.city(), p.homeAreaId(), p.speaksDanish(), p.cooperationDeclaredOn(),
                p.documentationDeclaredOn(), p.confidentialitySignedOn(), employeeUnitId, p.hoursPerWeek(),
                trained ? p.cooperationDeclaredOn() : null, needAreas, p.taskGroups(), p.languages());
    }

    /** The profile with another last name. */
    public static MentorProfile named(MentorProfile p, String lastName) {
        return new MentorProfile(p.firstName(), lastName, p.birthDate(), p.email(), p.phone(), p.address(),
                p.postalCode(), p.city(), p.homeAreaId(), p.speaksDanish(), p.cooperationDeclaredOn(),
                p.documentationDeclaredOn(), p.confidentialitySignedOn(), p.employeeUnitId(), p.hoursPerWeek(),
                p.trainingCompletedOn(), p.needAreas(), p.taskGroups(), p.languages());
    }

    public long applicant(String firstName) {
        return applicant(profile(firstName));
    }

    public long applicant(MentorProfile profile) {
        return registry.register(profile, "Ansøgning modtaget").getId();
    }

    /** Consent given and the criminal-register check recorded with the result. */
    public long checked(String firstName, RecordResult result) {
        return checked(profile(firstName), result);
    }

    public long checked(MentorProfile profile, RecordResult result) {
        long id = applicant(profile);
        LocalDate today = LocalDate.now(clock);
        registry.recordConsent(id, version(id), today.minusDays(10));
        registry.recordCheck(id, version(id), today.minusDays(5), result, null);
        return id;
    }

    /** Approved by the area after a clean check (M7). */
    public long approved(String firstName) {
        return approved(profile(firstName));
    }

    /** Approved, speaking the given languages besides Danish. */
    public long approvedSpeaking(String firstName, String... languages) {
        return approved(profile(firstName, Set.of(languages)));
    }

    public long approved(MentorProfile profile) {
        long id = checked(profile, RecordResult.NOT_REGISTERED);
        registry.decide(id, version(id), AreaDecision.APPROVE, "Egnet efter samtale");
        return id;
    }

    /** In vetting with the consent only: no record check yet (M7 not met). */
    public long consented(MentorProfile profile) {
        long id = applicant(profile);
        registry.recordConsent(id, version(id), LocalDate.now(clock).minusDays(4));
        return id;
    }

    /** Approved, then deactivated by the area (status INACTIVE). */
    public long inactive(MentorProfile profile) {
        long id = approved(profile);
        registry.decide(id, version(id), AreaDecision.DEACTIVATE, "Orlov i et halvt år");
        return id;
    }

    /** Approved and temporarily unavailable until the given day. */
    public long unavailableUntil(MentorProfile profile, LocalDate until) {
        long id = approved(profile);
        registry.setUnavailable(id, version(id), until);
        return id;
    }

    public long version(long id) {
        return registry.forEdit(id).getVersion();
    }
}
