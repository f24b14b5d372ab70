package dk.kriminalforsorgen.mentorordning.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real server port and the test run's PostgreSQL database, without demo
 * data: the {@link TestUsers} and the reference data only. Each test class creates the records it
 * needs through the domain (state-named factories), and sets the day on the {@link TestClock}.
 * Every class with this annotation shares one cached context, so keep its configuration identical.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestDatabaseConfiguration.class, TestUsers.class})
@ExtendWith(TestClockReset.class)
public @interface IntegrationTest {
}
