package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import dk.kriminalforsorgen.mentorordning.support.ShippedProperties;

/** Issue 11: the shipped notification settings (application.yml), bound and validated as the application does. */
class NotificationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class Properties {
    }

    @Test
    void C8_theShippedValues() {
        ShippedProperties.runner(Properties.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    NotificationProperties shipped = context.getBean(NotificationProperties.class);
                    assertThat(shipped.reviewSoonDays()).as("C8 reminder before the review").isEqualTo(14);
                    assertThat(shipped.sendEvery()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(shipped.retryAfter()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(shipped.maxAttempts()).isEqualTo(8);
                    assertThat(shipped.baseUrl()).isEqualTo("http://localhost:8080");
                    assertThat(shipped.reminderCron()).isEqualTo("0 0 6 * * *");
                    assertThat(shipped.kickOffSoonDays()).as("C5 reminder before the kick-off").isEqualTo(7);
                    assertThat(shipped.signOffWaitDays()).isEqualTo(7);
                    assertThat(shipped.directorateWaitDays()).as("M8").isEqualTo(14);
                    assertThat(shipped.offerWaitDays()).as("E9").isEqualTo(30);
                    assertThat(shipped.digestCron()).isEqualTo("0 30 6 * * MON");
                    assertThat(shipped.digestItems()).isEqualTo(5);
                });
    }
}
