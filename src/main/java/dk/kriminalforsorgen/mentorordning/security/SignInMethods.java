package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The ways to sign in (issue 14): the user-name-and-password form unless switched off
 * ({@code mentorordning.security.local-login-enabled}), and single sign-on through the staff's OpenID Connect
 * provider when one is configured. Both end in the same kind of session: the session id is renewed, the
 * idle and absolute timeouts, CSRF and log-out apply alike (they are configured once in {@link SecurityConfig}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInMethods {

    private final SignInProperties properties;
    private final ObjectProvider<SingleSignOnLogin> singleSignOn;
    private final SecurityEventLog securityLog;
    private final SecondFactorLogin secondFactorLogin;

    void configure(HttpSecurity http) {
        if (!properties.localLoginEnabled() && !properties.sso().enabled()) {
            throw new IllegalStateException("mentorordning.security.local-login-enabled=false needs single sign-on: "
                    + "set mentorordning.security.sso.issuer-uri, or nobody can sign in");
        }
        if (properties.localLoginEnabled()) {
            http.formLogin(login -> login
                    .loginPage("/login")
                    .failureUrl("/login?fejl")
                    .successHandler(secondFactorLogin)
                    .permitAll());
        } else {
            http.addFilterBefore(new LocalLoginDisabledFilter(securityLog), CsrfFilter.class);
        }
        if (properties.sso().enabled()) {
            SingleSignOnLogin sso = singleSignOn.getObject();
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(sso.registrations())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso.userService()))
                    .successHandler(sso.successHandler())
                    .failureHandler(sso.failureHandler())
                    .permitAll());
        }
    }
}
