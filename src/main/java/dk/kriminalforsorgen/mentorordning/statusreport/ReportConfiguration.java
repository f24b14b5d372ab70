package dk.kriminalforsorgen.mentorordning.statusreport;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** The status-report feature's URL rules (AZ1) and menu item. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    /**
     * A course's reports: read by its area's caseworkers and coordinators and by the directorate;
     * telephone reports and acknowledgements by the area (the service checks the area, AZ2).
     * The list of courses with overdue reports is the area's (caseworkers: their own courses).
     * The mentor's own pages (/mine-forloeb) are for the MENTOR role only.
     */
    @Bean
    @Order(0) // before the course feature's catch-all "/forloeb/**" (caseworkers only), so the directorate may read
    RouteAccess reportRoutes() {
        String caseworker = Role.CASEWORKER.name();
        String directorate = Role.DIRECTORATE.name();
        return routes -> {
            routes.requestMatchers("/forloeb/*/rapporter/telefonisk", "/forloeb/*/rapporter/*/kvitter")
                    .hasRole(caseworker);
            routes.requestMatchers(HttpMethod.GET, "/forloeb/*/rapporter", "/forloeb/*/rapporter/*",
                            "/forloeb/*/rapporter/*/rapport.pdf")
                    .hasAnyRole(caseworker, directorate);
            routes.requestMatchers(HttpMethod.GET, "/rapporter/forfaldne", "/rapporter/forfaldne/eksport.csv")
                    .hasRole(caseworker);
            routes.requestMatchers("/mine-forloeb", "/mine-forloeb/**").hasRole(Role.MENTOR.name());
        };
    }

    @Bean
    NavigationEntry myCoursesNavigation() {
        return new NavigationEntry(20, "/mine-forloeb", "nav.myCourses", EnumSet.of(Role.MENTOR));
    }
}
