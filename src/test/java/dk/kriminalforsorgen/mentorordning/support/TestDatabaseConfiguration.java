package dk.kriminalforsorgen.mentorordning.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points every test context at the test run's one database ({@link TestDatabase}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** Lets tests count the SQL statements of a request ({@link SqlStatementCounter}). */
    @Bean
    static BeanPostProcessor sqlStatementCounting() {
        return SqlStatementCounter.wrapDataSources();
    }

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase database = TestDatabase.shared();
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
        };
    }
}
