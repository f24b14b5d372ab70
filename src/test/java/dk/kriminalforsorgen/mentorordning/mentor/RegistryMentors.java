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
        LocalDate today = LocalDate.now(clock);
        return new MentorProfile(firstName, "Testsen" + SEQUENCE.incrementAndGet(), today.minusYears(40),
                "mentor@example.dk", "20304050", "Nørregade 1, 2200 København N", "2200", "København N", null, true,
                today.minusMonths(1), today.minusMonths(1), today.minusMonths(1), null, new BigDecimal("10"), null,
                Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL), Set.of("en"));
    }

    public long applicant(String firstName) {
        return registry.register(profile(firstName), "Ansøgning modtaget").getId();
    }

    /** Consent given and the criminal-register check recorded with the result. */
    public long checked(String firstName, RecordResult result) {
        long id = applicant(firstName);
        LocalDate today = LocalDate.now(clock);
        registry.recordConsent(id, version(id), today.minusDays(10));
        registry.recordCheck(id, version(id), today.minusDays(5), result, null);
        return id;
    }

    /** Approved by the area after a clean check (M7). */
    public long approved(String firstName) {
        long id = checked(firstName, RecordResult.NOT_REGISTERED);
        registry.decide(id, version(id), AreaDecision.APPROVE, "Egnet efter samtale");
        return id;
    }

    private long version(long id) {
        return registry.forEdit(id).getVersion();
    }
}
