package dk.kriminalforsorgen.mentorordning.support;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The common start of an {@link IntegrationTest} class: the beans nearly every such test uses (MockMvc, the
 * database, the test clock, the context for the state-named factories) and {@link LoginSessions} of its own.
 * It carries the same {@link IntegrationTest} configuration, so its subclasses share the one cached context with
 * every other integration test. Subclasses set their own day on {@link #clock} in their own set-up.
 */
@IntegrationTest
public abstract class IntegrationTestBase {

    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ApplicationContext context;

    /** Log-in sessions of this test instance: per test, or per class under {@code Lifecycle.PER_CLASS}. */
    protected LoginSessions sessions;

    /** What the action returns, run as the user freshly signed in: for services, which check the current user. */
    protected <T> T asSignedIn(String username, Supplier<T> action) {
        try (SignedIn ignored = SignedIn.as(sessions.fresh(username))) {
            return action.get();
        }
    }

    /** Injected when the test instance is made, so the sessions are there for {@code @BeforeAll} methods too. */
    @Autowired
    final void useMockMvc(MockMvc mockMvc) {
        this.mvc = mockMvc;
        this.sessions = new LoginSessions(mockMvc);
    }
}
