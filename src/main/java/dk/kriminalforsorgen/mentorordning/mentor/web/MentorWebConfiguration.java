package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/**
 * AZ1: the registry's URL rules. The registry is national: caseworkers (and through the role hierarchy
 * coordinators) and the directorate search and view it; coordinators change it; caseworkers match and
 * record a client's proposal (C3) and declared close relations (M6), and choose the mentor of a course
 * being prepared. Most specific rules first.
 */
@Configuration(proxyBeanMethods = false)
class MentorWebConfiguration {

    private static final String CASEWORKER = Role.CASEWORKER.name();
    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String DIRECTORATE = Role.DIRECTORATE.name();

    @Bean
    RouteAccess mentorRoutes() {
        return routes -> {
            routes.requestMatchers("/mentorer/ny", "/mentorer/kapacitet").hasRole(COORDINATOR);
            routes.requestMatchers(HttpMethod.GET, "/mentorer/matchning/*").hasRole(CASEWORKER);
            routes.requestMatchers(HttpMethod.POST, "/mentorer/matchning/*/naerstaaende").hasRole(CASEWORKER);
            // The course's mentor is chosen by the caseworkers of its area (CourseMatching checks the course).
            routes.requestMatchers(HttpMethod.POST, "/mentorer/matchning/*/forloeb/*").hasRole(CASEWORKER);
            routes.requestMatchers("/mentorer/forslag/*").hasRole(CASEWORKER);
            routes.requestMatchers("/mentorer/*/rediger").hasRole(COORDINATOR);
            routes.requestMatchers(HttpMethod.GET, "/mentorer", "/mentorer/*").hasAnyRole(CASEWORKER, DIRECTORATE);
            routes.requestMatchers(HttpMethod.POST, "/mentorer/**").hasRole(COORDINATOR);
        };
    }

    @Bean
    NavigationEntry mentorRegistryNavigation() {
        return new NavigationEntry(30, "/mentorer", "nav.mentors",
                EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTORATE));
    }
}
