package dk.kriminalforsorgen.mentorordning.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped configuration, {@code application.yml}, bound without a running application. The configured
 * values (C8's review interval, M10's ceiling ...) live only there; a properties record's {@code defaults()}
 * reads them through this class, so unit tests use exactly what production uses unless overridden.
 */
public final class ShippedDefaults {

    private static final String SHIPPED = "application.yml";

    private ShippedDefaults() {
    }

    /** The values under {@code prefix} in the shipped application.yml, bound like the running application does. */
    public static <T> T bind(String prefix, Class<T> type) {
        return binder().bind(prefix, Bindable.of(type))
                .orElseThrow(() -> new IllegalStateException(SHIPPED + " has no " + prefix));
    }

    private static Binder binder() {
        try {
            MutablePropertySources sources = new MutablePropertySources();
            new YamlPropertySourceLoader().load(SHIPPED, new ClassPathResource(SHIPPED)).forEach(sources::addLast);
            return new Binder(ConfigurationPropertySources.from(sources));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED, e);
        }
    }
}
