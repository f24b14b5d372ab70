package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * All user-facing text comes from the bundles in {@code i18n/}: one Danish file (no suffix) and one
 * English file ({@code _en}) per feature, so features do not edit each other's files. Every bundle
 * found there is loaded; {@code MessageBundlesTest} fails when a key is missing in either language.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    public static final Locale DANISH = dk.kriminalforsorgen.mentorordning.shared.DanishFormat.DANISH;
    static final String BUNDLE_PATTERN = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DANISH);
        // Keys are looked up as written, so "{0}" placeholders always work and "'" needs no escaping without args.
        source.setAlwaysUseMessageFormat(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(DANISH);
    }

    static String[] bundleBasenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : resources) {
                String file = Objects.requireNonNull(resource.getFilename());
                String base = file.substring(0, file.length() - ".properties".length());
                if (!base.contains("_")) {
                    names.add("classpath:i18n/" + base);
                }
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}
