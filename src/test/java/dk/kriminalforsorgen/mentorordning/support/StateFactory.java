package dk.kriminalforsorgen.mentorordning.support;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The base of the factories that make records in a named state for integration tests through the domain's own use
 * cases ({@code Clients}, {@code CourseSteps}, {@code MatchingMentors}): the beans of the test's application
 * context, its {@link TestClock}, and the test users signed in with their passwords ({@link TestUsers}).
 * A subclass takes its own use cases as field initializers: {@code private final X x = bean(X.class);}.
 */
public abstract class StateFactory {

    private final ApplicationContext context;
    protected final JdbcTemplate jdbc;
    protected final TestClock clock;

    protected StateFactory(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(TestClock.class);
    }

    /** The application's bean of the type. */
    protected final <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The test clock's day. */
    public LocalDate today() {
        return clock.today();
    }

    /** The test user signed in with their password, as the log-in page does it. */
    public Authentication login(String username) {
        return bean(AuthenticationProvider.class).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, TestUsers.passwordOf(username)));
    }

    /** The work done as the signed-in test user (services see them as the current user). */
    public <T> T as(String username, Supplier<T> work) {
        try (SignedIn ignored = SignedIn.as(login(username))) {
            return work.get();
        }
    }
}
