package dk.kriminalforsorgen.mentorordning.support;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * A small context that binds configuration properties from the shipped application.yml, validated as the
 * application validates them, for the tests that pin a shipped value or a refused start.
 */
public final class ShippedProperties {

    private ShippedProperties() {
    }

    /** The runner for the configuration (a class with {@code @EnableConfigurationProperties} of what is tested). */
    public static ApplicationContextRunner runner(Class<?> configuration) {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(configuration);
    }
}
