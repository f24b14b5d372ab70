package dk.kriminalforsorgen.mentorordning.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Puts the {@link TestClock} back to the real time after each test of an {@link IntegrationTest} class. */
public class TestClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
    }
}
