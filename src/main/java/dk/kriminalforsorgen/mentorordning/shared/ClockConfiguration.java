package dk.kriminalforsorgen.mentorordning.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: rules take {@code LocalDate today} from it, never from a bare {@code now()}. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
