package dk.kriminalforsorgen.mentorordning.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The common start of an {@link IntegrationTest} class: the beans nearly every such test uses (MockMvc, the
 * database, the test clock, the context for the state-named factories) and fresh {@link LoginSessions} per test.
 * It carries the same {@link IntegrationTest} configuration, so its subclasses share the one cached context with
 * every other integration test. Subclasses set their own day on {@link #clock} in their own set-up.
 */
@IntegrationTest
public abstract class IntegrationTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ApplicationContext context;

    protected LoginSessions sessions;

    /** Runs before the subclass's own {@code @BeforeEach} methods (JUnit runs a superclass's first). */
    @BeforeEach
    final void startLoginSessions() {
        sessions = new LoginSessions(mvc);
    }
}
