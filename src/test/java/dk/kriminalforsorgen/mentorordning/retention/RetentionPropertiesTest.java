package dk.kriminalforsorgen.mentorordning.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import dk.kriminalforsorgen.mentorordning.support.ShippedProperties;

/** DP4: the shipped retention period and schedule, bound as the application binds them. */
class RetentionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner shipped = ShippedProperties.runner(Properties.class);

    @Test
    void DP4_theShippedPeriodIsFiveYearsAndThePurgeRunsNightly() {
        shipped.run(context -> {
            RetentionProperties retention = context.getBean(RetentionProperties.class);
            assertThat(retention.period()).isEqualTo(Period.ofYears(5));
            assertThat(retention.cron()).isEqualTo("0 30 2 * * *");
        });
    }

    @Test
    void DP4_aMissingPeriodStopsTheStart() {
        shipped.withPropertyValues("mentorordning.retention.period=").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("period"));
    }
}
