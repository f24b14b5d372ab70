package dk.kriminalforsorgen.mentorordning.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/**
 * The web security of the application (SECURITY AS, AZ1, WS1-WS3). URL rules come from each
 * feature's {@link RouteAccess}; what no feature lists is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    static final String SESSION_COOKIE = "MENTORSESSION";

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<RouteAccess> featureRoutes, SessionRegistry sessions,
                            AuditService audit, SecurityEventLog securityLog, CurrentUsers currentUsers,
                            SecurityProperties properties, Clock clock, SignInMethods signInMethods,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) {
        http
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers("/login", "/error", "/tilgaengelighed").permitAll();
                    routes.requestMatchers("/css/**", "/js/**", "/img/**", "/vendor/**", "/favicon.ico").permitAll();
                    routes.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    routes.requestMatchers("/actuator", "/actuator/**").denyAll();
                    featureRoutes.forEach(feature -> feature.configure(routes));
                    routes.anyRequest().access(new UnlistedRouteAuthorizationManager(controllers));
                })
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logget-ud")
                        .deleteCookies(SESSION_COOKIE)
                        .invalidateHttpSession(true))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?udloebet"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(RelativeRedirects.toLogin("/login"))
                        .accessDeniedHandler(new LoggingAccessDeniedHandler(audit, securityLog, currentUsers)))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties, clock), SecurityContextHolderFilter.class)
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class);
        signInMethods.configure(http);
        return http.build();
    }

    /** Routes of the shell that every signed-in user has: the start page and extending the session (AS6). */
    @Bean
    RouteAccess shellRoutes() {
        return routes -> routes.requestMatchers("/", "/session/forlaeng").authenticated();
    }

    /**
     * AS3: the second-factor pages (a session between password and code reaches only these, see
     * {@link SecondFactorGate}) and the invitation links, which are opened before the user can sign in.
     */
    @Bean
    RouteAccess secondFactorAndInvitationRoutes() {
        return routes -> {
            routes.requestMatchers(SecondFactorLogin.CODE_PAGE, SecondFactorLogin.ENROL_PAGE,
                    SecondFactorLogin.RECOVERY_CODES_PAGE).authenticated();
            routes.requestMatchers("/invitation/*").permitAll();
        };
    }

    /**
     * Routes of user administration and the area page, owned by this feature, and of the audit log
     * search (audit.web), declared here so that the audit package does not depend on security.
     */
    @Bean
    RouteAccess userRoutes() {
        return routes -> {
            routes.requestMatchers("/admin/brugere", "/admin/brugere/**").hasRole(Role.DIRECTORATE.name());
            routes.requestMatchers("/admin/revision", "/admin/revision/**").hasRole(Role.DIRECTORATE.name());
            routes.requestMatchers("/omraade", "/omraade/**").hasRole(Role.CASEWORKER.name());
        };
    }

    @Bean
    NavigationEntry startNavigation() {
        return new NavigationEntry(0, "/", "nav.start", EnumSet.allOf(Role.class));
    }

    @Bean
    NavigationEntry myAreaNavigation() {
        return new NavigationEntry(80, "/omraade", "nav.myArea", EnumSet.of(Role.CASEWORKER, Role.COORDINATOR));
    }

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry(90, "/admin/brugere", "nav.users", EnumSet.of(Role.DIRECTORATE));
    }

    /** The audit log search (audit.web); its menu item lives here because audit must not depend on security. */
    @Bean
    NavigationEntry auditNavigation() {
        return new NavigationEntry(95, "/admin/revision", "nav.audit", EnumSet.of(Role.DIRECTORATE));
    }

    /** A coordinator may everything a caseworker may in their area (DOMAIN §1). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.COORDINATOR.name()).implies(Role.CASEWORKER.name())
                .build();
    }

    /**
     * The only password check of the application, wrapped in throttling and auditing. It is the only
     * {@link AuthenticationProvider} bean and no UserDetailsService bean exists, so Spring Security
     * builds no second, unthrottled provider.
     */
    @Bean
    AuthenticationProvider throttledPasswordLogin(AppUserRepository users, PasswordEncoder passwordEncoder,
                                                  PasswordUpgrade passwordUpgrade, LoginThrottle throttle,
                                                  AuditService audit, SecurityEventLog securityLog) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new AppUserDetailsService(users));
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // AS2: a hash of an older setting is re-encoded at the next successful log-in.
        passwordCheck.setUserDetailsPasswordService(passwordUpgrade);
        return new ThrottlingAuthenticationProvider(passwordCheck, users, throttle, audit, securityLog);
    }

    /**
     * Sessions live in PostgreSQL (Spring Session JDBC, table from Flyway V030), so every instance knows every
     * session: a second instance signs no one out (AV1), and ending a user's sessions (AS7) reaches all instances.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
