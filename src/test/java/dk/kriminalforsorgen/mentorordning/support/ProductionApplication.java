package dk.kriminalforsorgen.mentorordning.support;

import java.io.IOException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import dk.kriminalforsorgen.mentorordning.MentorordningApplication;

/**
 * Starts the application from a test as production starts it: with the given command-line arguments and without any
 * of the test sources' configuration (test users, the settable clock, the MockMvc session bridge), which component
 * scanning would otherwise pick up from the test class path.
 */
public final class ProductionApplication {

    private ProductionApplication() {
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(MentorordningApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("withoutTestSources", new WithoutTestSources()))
                .run(args);
    }

    /** Leaves out every class compiled from src/test. */
    static final class WithoutTestSources extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutTestSources;
        }

        @Override
        public int hashCode() {
            return WithoutTestSources.class.hashCode();
        }
    }
}
