package dk.kriminalforsorgen.mentorordning.insight;

import java.util.EnumSet;

import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/**
 * The insight module's URL rules (AZ1), menu items and the refresh job's first run. The job's lock comes
 * from the shared scheduling configuration (ShedLock, table {@code shedlock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightSettings.class)
public class InsightConfiguration {

    /**
     * National figures: the directorate. Compliance: coordinators (their area) and the directorate
     * (national, per area). Data quality: coordinators, for their own area.
     */
    @Bean
    RouteAccess insightRoutes() {
        String coordinator = Role.COORDINATOR.name();
        String directorate = Role.DIRECTORATE.name();
        return routes -> {
            routes.requestMatchers(HttpMethod.GET, "/landstal", "/landstal/csv").hasRole(directorate);
            routes.requestMatchers(HttpMethod.GET, "/overholdelse", "/overholdelse/forloeb").hasAnyRole(coordinator, directorate);
            routes.requestMatchers(HttpMethod.GET, "/datakvalitet").hasRole(coordinator);
        };
    }

    @Bean
    NavigationEntry figuresNavigation() {
        return new NavigationEntry(40, "/landstal", "nav.figures", EnumSet.of(Role.DIRECTORATE));
    }

    @Bean
    NavigationEntry complianceNavigation() {
        return new NavigationEntry(45, "/overholdelse", "nav.compliance", EnumSet.of(Role.COORDINATOR, Role.DIRECTORATE));
    }

    @Bean
    NavigationEntry dataQualityNavigation() {
        return new NavigationEntry(46, "/datakvalitet", "nav.dataQuality", EnumSet.of(Role.COORDINATOR));
    }

    /**
     * On a database whose summaries were never built (a fresh installation), and with the demo data (whose
     * loaders run just before, @Order 10-50), build them at start, not only at the first tick. Otherwise the
     * scheduled job keeps them fresh: at ten times national scale a rebuild takes about 20 s, which no
     * production restart should wait for. A first build that fails (the database busy) does not stop the start:
     * the pages say that the summaries are not built yet, and the scheduled job tries again.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner insightFirstRefresh(InsightRefresh refresh, InsightAggregates aggregates, Environment environment) {
        return args -> {
            if (aggregates.neverBuilt() || environment.matchesProfiles("demo")) {
                try {
                    refresh.refresh();
                } catch (RuntimeException failed) {
                    LoggerFactory.getLogger(InsightRefresh.class).error("first build of the insight summaries failed; "
                            + "the scheduled job tries again", failed);
                }
            }
        };
    }
}
