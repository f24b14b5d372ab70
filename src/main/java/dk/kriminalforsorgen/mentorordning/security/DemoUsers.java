package dk.kriminalforsorgen.mentorordning.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/**
 * Demo users (DOMAIN §8, profile {@code demo} only; never in production). All have the password
 * {@value #PASSWORD}. Loading is idempotent: an existing user is left as it is.
 */
@Component
@Profile("demo")
@Order(10)
@RequiredArgsConstructor
public class DemoUsers implements ApplicationRunner {

    public static final String PASSWORD = "mentorordning-demo";
    public static final String CASEWORKER = "sagsbehandler";
    public static final String CASEWORKER_SOUTH = "sagsbehandler.syd";
    public static final String COORDINATOR = "tovholder";
    public static final String DIRECTORATE = "direktorat";
    public static final String MENTOR = "mentor";

    static final long HOVEDSTADEN = 1;
    static final long SYDDANMARK = 3;
    static final long KIF_KOEBENHAVN_NORD = 104;
    static final long KIF_ODENSE = 304;

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final AppUserRepository users;
    private final UserAdministration administration;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create(CASEWORKER, new Assignment("Signe Holm", Role.CASEWORKER, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, true));
        create(CASEWORKER_SOUTH, new Assignment("Mads Kjær", Role.CASEWORKER, SYDDANMARK, KIF_ODENSE, true));
        create(COORDINATOR, new Assignment("Birgitte Lund", Role.COORDINATOR, HOVEDSTADEN, KIF_KOEBENHAVN_NORD, false));
        create(DIRECTORATE, new Assignment("Jens Vestergaard", Role.DIRECTORATE, null, null, false));
        create(MENTOR, new Assignment("Karim Nielsen", Role.MENTOR, null, null, false));
        create("sagsbehandler.ny", new Assignment("Louise Brandt", Role.CASEWORKER, HOVEDSTADEN, 101L, false));
    }

    private void create(String username, Assignment assignment) {
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            administration.create(username, PASSWORD, assignment);
            log.info("Demo user {} created", username);
        }
    }
}
