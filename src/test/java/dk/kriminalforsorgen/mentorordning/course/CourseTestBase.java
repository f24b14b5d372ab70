package dk.kriminalforsorgen.mentorordning.course;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The common start of the course module's integration tests: the {@link CourseSteps} factory per test, and a clean
 * thread afterwards (the steps sign in on the test's thread to act as a caseworker).
 */
public abstract class CourseTestBase extends IntegrationTestBase {

    protected CourseSteps steps;

    @BeforeEach
    final void createCourseSteps() {
        steps = new CourseSteps(context);
    }

    @AfterEach
    final void signOutOfTheThread() {
        SecurityContextHolder.clearContext();
    }
}
