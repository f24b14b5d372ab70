package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/** Issue 14: the routes of signing in by single sign-on and of a user's own account. */
@Configuration(proxyBeanMethods = false)
class AccountRoutes {

    @Bean
    RouteAccess signInAndAccountRoutes() {
        return routes -> {
            routes.requestMatchers("/login/sso-afvist").permitAll();
            routes.requestMatchers("/konto/adgangskode").authenticated();
        };
    }
}
