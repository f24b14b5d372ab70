package dk.kriminalforsorgen.mentorordning.journal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/**
 * The journal's URL rules (AZ1): a course's journal is read by its area's caseworkers and coordinators and by the
 * directorate, written by the area (the service lets only the responsible person and the coordinators write, AZ2);
 * the mentor's journal of their own course is the MENTOR role's.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    @Bean
    @Order(0) // before the course feature's catch-all "/forloeb/**" (caseworkers only), so the directorate may read
    RouteAccess journalRoutes() {
        String caseworker = Role.CASEWORKER.name();
        return routes -> {
            routes.requestMatchers(HttpMethod.GET, "/forloeb/*/journal").hasAnyRole(caseworker, Role.DIRECTORATE.name());
            routes.requestMatchers(HttpMethod.POST, "/forloeb/*/journal").hasRole(caseworker);
            routes.requestMatchers("/forloeb/*/journal/*/ret").hasRole(caseworker);
            routes.requestMatchers("/mine-forloeb/*/journal").hasRole(Role.MENTOR.name());
        };
    }
}
