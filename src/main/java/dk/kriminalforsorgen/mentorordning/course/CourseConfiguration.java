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
     * area; every object route is area-scoped in {@link CourseService} (AZ2). The directorate has the
     * national list; a course page shows client data (action plan, custody status), which the
     * directorate opens only through the client record with a recorded purpose (AZ5), so course pages
     * are not open to it. Mentors have no access here (their minimal view belongs to the status reports).
     */
    @Bean
    RouteAccess courseRoutes() {
        String caseworker = Role.CASEWORKER.name();
        String directorate = Role.DIRECTORATE.name();
        return routes -> {
            routes.requestMatchers(HttpMethod.GET, "/forloeb", "/forloeb/eksport.csv").hasAnyRole(caseworker, directorate);
            routes.requestMatchers(HttpMethod.POST, "/forloeb/soeg").hasAnyRole(caseworker, directorate);
            // issue 11: reassigning the courses of a person who is gone is the coordinator's (mentortovholder, §18)
            routes.requestMatchers("/forloeb/genfordel/**").hasRole(Role.COORDINATOR.name());
            routes.requestMatchers("/forloeb", "/forloeb/**").hasRole(caseworker);
        };
    }

    /**
     * Issue 12: the personal calendar feed. Its page is for the users who take part in courses (caseworkers,
     * coordinators, mentors); the feed itself is open without a session, because a calendar program fetches it, and
     * answers only to a valid secret link (else 404).
     */
    @Bean
    RouteAccess calendarFeedRoutes() {
        return routes -> {
            routes.requestMatchers(HttpMethod.GET, "/kalender/feed/*").permitAll();
            routes.requestMatchers("/kalender", "/kalender/link", "/kalender/tilbagekald")
                    .hasAnyRole(Role.CASEWORKER.name(), Role.MENTOR.name());
        };
    }

    @Bean
    NavigationEntry coursesNavigation() {
        return new NavigationEntry(20, "/forloeb", "nav.courses",
                EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTORATE));
    }
}
