package dk.kriminalforsorgen.mentorordning.support;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/**
 * The users every integration test may sign in as, created through the user administration when the
 * test context starts (never from the demo data). One per role, two areas for scoping tests. Tests
 * that need more users or other data create them themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "test-adgangskode-lang-nok";

    /** Caseworker, certified LS/RNR assessor, Hovedstaden, KiF København Nord. */
    public static final String CASEWORKER = "t.sagsbehandler";
    /** Caseworker, certified, Syddanmark, KiF Odense: another area for AZ2 tests. */
    public static final String CASEWORKER_SOUTH = "t.sagsbehandler.syd";
    /** Caseworker without the LS/RNR certificate, Hovedstaden. */
    public static final String CASEWORKER_UNCERTIFIED = "t.sagsbehandler.ny";
    /** Coordinator (mentortovholder) of Hovedstaden. */
    public static final String COORDINATOR = "t.tovholder";
    /** Coordinator of Syddanmark. */
    public static final String COORDINATOR_SOUTH = "t.tovholder.syd";
    public static final String DIRECTORATE = "t.direktorat";
    /** A user with the role MENTOR, linked to no registry mentor until a test links one ({@code mentor.user_id}). */
    public static final String MENTOR = "t.mentor";

    public static final long HOVEDSTADEN = 1;
    public static final long SYDDANMARK = 3;
    public static final long KIF_KOEBENHAVN_NORD = 104;
    public static final long BISPEBJERG = 101;
    public static final long KIF_ODENSE = 304;

    @Bean
    ApplicationRunner testUsersLoader(UserAdministration administration) {
        return (ApplicationArguments args) -> {
            create(administration, CASEWORKER, new Assignment("Tina Holm", Role.CASEWORKER, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, true));
            create(administration, CASEWORKER_SOUTH, new Assignment("Søren Kjær", Role.CASEWORKER, SYDDANMARK, KIF_ODENSE, true));
            create(administration, CASEWORKER_UNCERTIFIED, new Assignment("Lene Brandt", Role.CASEWORKER, HOVEDSTADEN, BISPEBJERG, false));
            create(administration, COORDINATOR, new Assignment("Berit Lund", Role.COORDINATOR, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, false));
            create(administration, COORDINATOR_SOUTH, new Assignment("Ole Bak", Role.COORDINATOR, SYDDANMARK, KIF_ODENSE, false));
            create(administration, DIRECTORATE, new Assignment("Jonas Vest", Role.DIRECTORATE, null, null, false));
            create(administration, MENTOR, new Assignment("Kasper Nørgaard", Role.MENTOR, null, null, false));
        };
    }

    private static void create(UserAdministration administration, String username, Assignment assignment) {
        try {
            administration.create(username, PASSWORD, assignment);
        } catch (RuntimeException alreadyThere) {
            // Every context of the run shares the database: the first one created the user. (A taken
            // username comes back as UserAdministration.UserRulesViolated, not as a Refusal; any other
            // problem shows as soon as a test signs in as the user.)
        }
    }

    /** The password of a test user, or of a demo user for the classes that still sign in as one. */
    public static String passwordOf(String username) {
        return username.startsWith("t.") ? PASSWORD : dk.kriminalforsorgen.mentorordning.security.DemoUsers.PASSWORD;
    }
}
