package dk.kriminalforsorgen.mentorordning.notification;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** Issue 11: every signed-in user has their own notices; the catalogue and the e-mail outbox are the directorate's. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    RouteAccess notificationRoutes() {
        return routes -> {
            String directorate = Role.DIRECTORATE.name();
            routes.requestMatchers(HttpMethod.GET, "/notifikationer/katalog", "/notifikationer/post").hasRole(directorate);
            routes.requestMatchers(HttpMethod.GET, "/notifikationer", "/notifikationer/indstillinger").authenticated();
            routes.requestMatchers(HttpMethod.POST, "/notifikationer/laest", "/notifikationer/*/laest",
                    "/notifikationer/indstillinger").authenticated();
        };
    }

    @Bean
    NavigationEntry notificationNavigation() {
        return new NavigationEntry(90, "/notifikationer", "nav.notifications", EnumSet.allOf(Role.class));
    }
}
