package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, AV1) at the cost of one read per request and a write only when the
 * session changed ({@link FrugalSessionRepository}, issue 10).
 */
@Configuration(proxyBeanMethods = false)
public class SessionStorage {

    /** The public resources of every page, as servlet URL patterns (see SecurityConfig's permitted routes). */
    static final String[] STATIC_RESOURCES = {"/css/*", "/js/*", "/img/*", "/vendor/*", "/favicon.ico"};

    /** How long a stored last access may lag behind the latest request (a session is not rewritten more often). */
    public static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    SessionStorage() {
    }

    /** The idle seconds a page may count with: the session's timeout less the lag of its stored last access. */
    public static int idleSecondsToWarnFrom(int maxInactiveSeconds) {
        return (int) Math.max(maxInactiveSeconds - TOUCH_INTERVAL.toSeconds(), maxInactiveSeconds / 2);
    }

    /** Wraps Spring Session's JDBC repository, so its filter and the session registry (AS7) use the frugal one. */
    @Bean
    static BeanPostProcessor frugalSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FindByIndexNameSessionRepository<?> sessions
                        && !(bean instanceof FrugalSessionRepository<?>) ? new FrugalSessionRepository<>(sessions) : bean;
            }
        };
    }

    /**
     * Requests of one session that run at once (two tabs opened after signing in) each add the attributes they did not
     * find when they read the session, such as the CSRF token; Spring Session's plain insert then fails on the
     * attribute table's key. Its PostgreSQL customizer makes the insert an upsert: the last writer's value is kept.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributeInsertsUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The request scope of {@link FrugalSessionRepository}, just outside Spring Session's filter. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequest() {
        return filter("sessionReadOncePerRequest", SessionRepositoryFilter.DEFAULT_ORDER - 1, (request, response, chain) -> {
            Runnable close = FrugalSessionRepository.openRequest();
            try {
                chain.doFilter(request, response);
            } finally {
                close.run();
            }
        });
    }

    /**
     * Style sheets, scripts and images are public and the same for everyone, but every request that looks whether it
     * has a session (Spring MVC's flash attributes, the security filters) would read it from the database and move its
     * last access. Their requests therefore do not see the session they carry; asking for one to be made still works.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> staticResourcesWithoutSession() {
        FilterRegistrationBean<OncePerRequestFilter> registration = filter("staticResourcesWithoutSession",
                SessionRepositoryFilter.DEFAULT_ORDER + 1, (request, response, chain) ->
                        chain.doFilter(new HttpServletRequestWrapper(request) {
                            @Override
                            public HttpSession getSession(boolean create) {
                                return create ? super.getSession(true) : null;
                            }

                            @Override
                            public String getRequestedSessionId() {
                                return null; // checking it (Spring Security's session management) would read the session
                            }

                            @Override
                            public boolean isRequestedSessionIdValid() {
                                return false;
                            }
                        }, response));
        registration.addUrlPatterns(STATIC_RESOURCES);
        return registration;
    }

    /** What a filter of this class does with a request: its work around the rest of the chain. */
    @FunctionalInterface
    private interface RequestStep {

        void around(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException;
    }

    /**
     * {@code step} as a filter run once per request at {@code order} (relative to Spring Session's filter). The name
     * is the filter's own, so its once-per-request mark is its own too.
     */
    private static FilterRegistrationBean<OncePerRequestFilter> filter(String name, int order, RequestStep step) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                step.around(request, response, chain);
            }
        });
        registration.setName(name);
        registration.setOrder(order);
        return registration;
    }
}
