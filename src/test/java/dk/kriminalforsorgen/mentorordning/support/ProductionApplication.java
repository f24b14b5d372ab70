package dk.kriminalforsorgen.mentorordning.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    /** The CPR keys of an application started on a scratch database (test keys, never production's). */
    public static final String ENCRYPTION_KEY = "BFi1dSu4aykrR6phsstoJd7kdGNC4+q7ZZrVD3qSkcc=";
    public static final String HASH_KEY = "cRSE+7KcwE6da1NxIcqKI68d1vY/VTtfBW67c744v+o=";

    /**
     * The application on a scratch database, configured as an operator would (command-line arguments, which win
     * over application.yml): the database's one role also runs the migrations (a restored scratch database belongs
     * to the administrator: no least privilege, V020 skips), the test CPR keys, a free port, {@code poolSize}
     * connections, and the further arguments.
     */
    public static ConfigurableApplicationContext startOn(ScratchDatabase database, int poolSize, String... more) {
        String password = database.password() == null ? "" : database.password();
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + password,
                "--spring.flyway.user=" + database.username(),
                "--spring.flyway.password=" + password,
                "--mentorordning.cpr.encryption-key=" + ENCRYPTION_KEY,
                "--mentorordning.cpr.hash-key=" + HASH_KEY,
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return start(args.toArray(String[]::new));
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
