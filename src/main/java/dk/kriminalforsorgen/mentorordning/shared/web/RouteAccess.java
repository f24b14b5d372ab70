package dk.kriminalforsorgen.mentorordning.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's URL rules (AZ1). Each feature declares a bean listing its own routes and the roles that
 * may use them; the security configuration applies them all, then denies every annotated route that
 * no feature listed. {@code RouteRoleMatrixTest} checks every route against every role.
 */
@FunctionalInterface
public interface RouteAccess {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
