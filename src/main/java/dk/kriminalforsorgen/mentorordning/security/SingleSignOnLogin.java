package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** The parts of the single sign-on that {@link SignInMethods} plugs into Spring Security's OAuth2 log-in. */
record SingleSignOnLogin(ClientRegistrationRepository registrations,
                         OAuth2UserService<OidcUserRequest, OidcUser> userService,
                         AuthenticationSuccessHandler successHandler,
                         AuthenticationFailureHandler failureHandler) {
}
