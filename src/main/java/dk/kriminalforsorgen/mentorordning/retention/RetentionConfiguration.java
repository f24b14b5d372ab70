package dk.kriminalforsorgen.mentorordning.retention;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** DP5: the subject access export is for the directorate only (AZ1). */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RouteAccess subjectAccessRoutes() {
        return routes -> routes.requestMatchers("/admin/indsigt", "/admin/indsigt/**").hasRole(Role.DIRECTORATE.name());
    }

    @Bean
    NavigationEntry subjectAccessNavigation() {
        return new NavigationEntry(96, "/admin/indsigt", "nav.subjectAccess", EnumSet.of(Role.DIRECTORATE));
    }
}
