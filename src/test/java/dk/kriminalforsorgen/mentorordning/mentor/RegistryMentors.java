package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;

/**
 * State-named factories of mentors in the registry, created through the registry's services (as the
 * signed-in coordinator, whose area becomes the home area). The day is the application's clock.
 */
public final class RegistryMentors {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MentorRegistry registry;
    private final Clock clock;

    public RegistryMentors(MentorRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

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

    public long applicant(String firstName) {
        return applicant(profile(firstName));
    }

    private long applicant(MentorProfile profile) {
        return registry.register(profile, "Ansøgning modtaget").getId();
    }

    /** Consent given and the criminal-register check recorded with the result. */
    public long checked(String firstName, RecordResult result) {
        return checked(profile(firstName), result);
    }

    private long checked(MentorProfile profile, RecordResult result) {
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

    private long approved(MentorProfile profile) {
        long id = checked(profile, RecordResult.NOT_REGISTERED);
        registry.decide(id, version(id), AreaDecision.APPROVE, "Egnet efter samtale");
        return id;
    }

    private long version(long id) {
        return registry.forEdit(id).getVersion();
    }
}
