package dk.kriminalforsorgen.mentorordning.course;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** The course feature's URL rules (AZ1) and menu item. */
@Configuration(proxyBeanMethods = false)
public class CourseConfiguration {

    /**
     * Caseworkers and coordinators (who inherit the caseworker role) work with the courses of their
     * area; the directorate reads them (national overview); mentors have no access here (their own
     * minimal view belongs to the status-report feature). Every object route is area-scoped in
     * {@link CourseService} (AZ2).
     */
    @Bean
    RouteAccess courseRoutes() {
        String caseworker = Role.CASEWORKER.name();
        String directorate = Role.DIRECTORATE.name();
        return routes -> {
            routes.requestMatchers("/forloeb/ny").hasRole(caseworker);
            routes.requestMatchers(HttpMethod.GET, "/forloeb", "/forloeb/*", "/forloeb/*/handleplan/versioner/*",
                    "/forloeb/*/handleplan/udskriv").hasAnyRole(caseworker, directorate);
            routes.requestMatchers("/forloeb", "/forloeb/**").hasRole(caseworker);
        };
    }

    @Bean
    NavigationEntry coursesNavigation() {
        return new NavigationEntry(20, "/forloeb", "nav.courses",
                EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTORATE));
    }
}
