package dk.kriminalforsorgen.mentorordning.statusreport;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The common start of the integration tests whose courses and people come from {@link Reports}: the factory per test
 * ({@code world}), and sessions of its users (who all have {@link Reports#PASSWORD}).
 */
public abstract class ReportsTestBase extends IntegrationTestBase {

    protected Reports world;

    /** The sessions {@link #as} has made in this test; clear it to make the next ones anew. */
    protected final Map<String, MockHttpSession> signedIn = new HashMap<>();

    @BeforeEach
    final void createReports() {
        world = new Reports(context);
    }

    /** A session of one of the world's users, logged in once per test. */
    protected MockHttpSession as(String user) {
        return signedIn.computeIfAbsent(user, u -> sessions.fresh(u, Reports.PASSWORD));
    }
}
