package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.StateFactory;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Mentors in the states matching tells apart (DOMAIN §9), for a client of Hovedstaden supervised at KiF
 * København Nord who needs help with education/employment and companions: each method registers a new
 * mentor through the registry as a coordinator (whose area becomes the home area) on the
 * {@link TestClock}'s day and returns its id. The first names are those of the demo registry's mentors in
 * the same state, as a reading aid; all mentors of one instance share a last name ({@link #family()}),
 * so a test finds exactly its own mentors with the matching page's name search.
 */
public final class MatchingMentors extends StateFactory {

    /** The need areas of the client these mentors are made for. */
    public static final Set<NeedArea> CLIENT_NEEDS = Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS);

    private static final AtomicInteger FAMILIES = new AtomicInteger();

    private final String family = "Match" + letters(FAMILIES.incrementAndGet());
    private final MentorRegistry registry = bean(MentorRegistry.class);
    private final DirectorateApprovals approvals = bean(DirectorateApprovals.class);
    private final LoginSessions sessions = new LoginSessions(bean(MockMvc.class));

    public MatchingMentors(ApplicationContext context) {
        super(context);
    }

    /** The last name of this instance's mentors: unique, and no part of another instance's. */
    public String family() {
        return family;
    }

    /** Four letters for the number: names of one length, so no family name contains another. */
    private static String letters(int number) {
        char[] letters = new char[4];
        for (int i = letters.length - 1; i >= 0; i--) {
            letters[i] = (char) ('a' + number % 26);
            number /= 26;
        }
        return new String(letters);
    }

    private MentorProfile named(MentorProfile profile) {
        return RegistryMentors.named(profile, family);
    }

    private long as(String coordinator, Function<RegistryMentors, Long> make) {
        try (SignedIn ignored = SignedIn.as(sessions.fresh(coordinator))) {
            return make.apply(new RegistryMentors(registry, clock));
        }
    }

    /** Karim: approved in Hovedstaden, strong on the client's needs, speaking Arabic, in 2200, trained. */
    public long bestForTheClient() {
        return as(TestUsers.COORDINATOR,
                m -> m.approved(named(m.profile("Karim", CLIENT_NEEDS, Set.of("ar", "en"), "2200", null, true))));
    }

    /** Ahmed: approved in Syddanmark, strong on the client's needs, speaking Turkish and German, in Odense. */
    public long inAnotherAreaWithoutTheLanguage() {
        return as(TestUsers.COORDINATOR_SOUTH,
                m -> m.approved(named(m.profile("Ahmed", CLIENT_NEEDS, Set.of("tr", "de"), "5000", null, false))));
    }

    /** Ole: approved in Hovedstaden, with nothing for or against him. */
    public long approved() {
        return approved("Ole");
    }

    /** Henrik: approved, but employed at KiF København Nord where the client is supervised (M5). */
    public long employeeOfTheClientsUnit() {
        return as(TestUsers.COORDINATOR, m -> m.approved(named(m.profile("Henrik", Set.of(NeedArea.CRIMINAL_HISTORY), Set.of("en"),
                "2400", TestUsers.KIF_KOEBENHAVN_NORD, false))));
    }

    /** Fatima: approved 25 months ago, so the vetting (valid 24 months) has expired. */
    public long vettingExpired() {
        LocalDate today = clock.today();
        clock.setDate(today.minusMonths(25));
        try {
            return approved("Fatima");
        } finally {
            clock.setDate(today);
        }
    }

    /** Jesper: approved, temporarily unavailable for three weeks. */
    public long unavailable() {
        return as(TestUsers.COORDINATOR, m -> m.unavailableUntil(named(m.profile("Jesper")), clock.today().plusDays(21)));
    }

    /** Lone: approved, with other commitments that fill the M10 ceiling of 18.5 hours a week. */
    public long atTheCeiling() {
        long id = approved("Lone");
        OtherCommitments.active(jdbc, id, "18.5", clock.today().minusMonths(1));
        return id;
    }

    /** Hanne: registered in the criminal record and flagged to the directorate (M8), awaiting its decision. */
    public long awaitingDirectorate() {
        return as(TestUsers.COORDINATOR, m -> {
            long id = m.checked(named(m.profile("Hanne")), RecordResult.REGISTERED);
            approvals.flag(id, m.version(id), "Forholdet er mere end 15 år gammelt.");
            return id;
        });
    }

    /** Peter: in vetting with the consent only (M7: no record check yet). */
    public long inVetting() {
        return as(TestUsers.COORDINATOR, m -> m.consented(named(m.profile("Peter"))));
    }

    /** Anja: approved, then deactivated by the area. */
    public long inactive() {
        return as(TestUsers.COORDINATOR, m -> m.inactive(named(m.profile("Anja"))));
    }

    /** One mentor for each reason matching excludes a mentor (M5, vetting, availability, M10, M8, M7, status). */
    public record Excluded(long henrik, long fatima, long jesper, long lone, long hanne, long peter, long anja) {
    }

    /** {@link Excluded}: a mentor excluded for each reason, made in that order. */
    public Excluded excludedForEachReason() {
        return new Excluded(employeeOfTheClientsUnit(), vettingExpired(), unavailable(), atTheCeiling(),
                awaitingDirectorate(), inVetting(), inactive());
    }

    private long approved(String firstName) {
        return as(TestUsers.COORDINATOR, m -> m.approved(named(m.profile(firstName))));
    }
}
