package dk.kriminalforsorgen.mentorordning.insight;

import java.util.EnumSet;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/** The insight module's URL rules (AZ1), menu items, the refresh job's lock and its first run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightSettings.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
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

    /** ShedLock on the {@code shedlock} table (V601), with the database's clock so instances agree. */
    @Bean
    LockProvider insightLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    /** The summaries exist from the start (after the demo loaders, @Order 10-50), not only after the first tick. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner insightFirstRefresh(InsightRefresh refresh) {
        return args -> refresh.refresh();
    }
}
