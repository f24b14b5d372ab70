package dk.kriminalforsorgen.mentorordning.client;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** The client feature's engine, URL rules (AZ1) and menu item. */
@Configuration(proxyBeanMethods = false)
public class ClientConfiguration {

    @Bean
    Eligibility eligibility(ClientProperties properties) {
        return new Eligibility(properties.assessmentMaxAge());
    }

    /**
     * Caseworkers (and coordinators, who inherit the role) work with the clients of their area. The
     * directorate may list clients and open a record read-only after recording a purpose (AZ5), and
     * reveal a CPR number; every change is for the area's caseworkers. Mentors have no access.
     */
    @Bean
    RouteAccess clientRoutes() {
        String caseworker = Role.CASEWORKER.name();
        String directorate = Role.DIRECTORATE.name();
        return routes -> {
            routes.requestMatchers("/klienter/ny").hasRole(caseworker);
            routes.requestMatchers(HttpMethod.GET, "/klienter", "/klienter/*", "/klienter/*/formaal")
                    .hasAnyRole(caseworker, directorate);
            routes.requestMatchers(HttpMethod.POST, "/klienter/soeg", "/klienter/*/cpr", "/klienter/*/formaal")
                    .hasAnyRole(caseworker, directorate);
            routes.requestMatchers("/klienter/**").hasRole(caseworker);
        };
    }

    @Bean
    NavigationEntry clientsNavigation() {
        return new NavigationEntry(10, "/klienter", "nav.clients",
                EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.DIRECTORATE));
    }
}
