package dk.kriminalforsorgen.mentorordning.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points every test context at the test run's one database ({@link TestDatabase}) and gives it a settable {@link TestClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Lets tests count the SQL statements of a request ({@link SqlStatementCounter}). */
    @Bean
    static BeanPostProcessor sqlStatementCounting() {
        return SqlStatementCounter.wrapDataSources();
    }

    /** MockMvc tests pass a MockHttpSession while the application's sessions live in PostgreSQL ({@link MockMvcSessionBridge}). */
    @Bean
    static BeanPostProcessor mockMvcSessionBridge(ObjectProvider<CookieSerializer> cookieSerializer,
                                                  ObjectProvider<SessionRepository<? extends Session>> sessions) {
        return MockMvcSessionBridge.installer(cookieSerializer, sessions);
    }

    /** The settable clock every test of the context shares ({@link TestClock}); reset after each test. */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase database = TestDatabase.shared();
            registry.add("spring.datasource.url", database::url);
            // AU3: the application runs as the runtime role, Flyway migrates as the owner, as in production.
            registry.add("spring.datasource.username", () -> database.runtime().username());
            registry.add("spring.datasource.password", () -> database.runtime().password());
            registry.add("spring.flyway.user", () -> database.owner().username());
            registry.add("spring.flyway.password", () -> database.owner().password());
        };
    }
}
