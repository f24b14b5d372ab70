package dk.kriminalforsorgen.mentorordning.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * AS3, issue 14: single sign-on for staff through the authority's OpenID Connect provider (authorization code
 * flow, Spring Security's OAuth2 client), built only when {@code mentorordning.security.sso.issuer-uri} is set.
 * The provider's discovery document is read at start-up, so a wrong issuer stops the start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfiguration.Configured.class)
class SingleSignOnConfiguration {

    static final String REGISTRATION_ID = "sso";
    static final String REFUSED_PAGE = "/login/sso-afvist";

    @Bean
    SingleSignOnLogin singleSignOnLogin(SignInProperties properties, SingleSignOnAccounts accounts,
                                        AuditService audit, SecurityEventLog securityLog) {
        SignInProperties.SingleSignOn sso = properties.sso();
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(sso.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .clientName(sso.providerName())
                .scope("openid")
                .userNameAttributeName(sso.userClaim())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new SingleSignOnLogin(new InMemoryClientRegistrationRepository(registration),
                new StaffOidcUserService(sso.userClaim(), accounts, audit, securityLog),
                new SingleSignOnSuccessHandler(audit, securityLog),
                (request, response, failure) -> {
                    boolean refusedAccount = failure instanceof OAuth2AuthenticationException oauth
                            && StaffOidcUserService.ACCOUNT_REFUSED.equals(oauth.getError().getErrorCode());
                    if (!refusedAccount) {
                        // The provider's own errors (cancelled, state mismatch, bad token): logged, not audited
                        // per user, since no account is known.
                        securityLog.event("LOGIN_SSO_FAILED", null, Map.of("reason",
                                failure instanceof OAuth2AuthenticationException oauth
                                        ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName()));
                    }
                    RelativeRedirects.pathOnly(request, response, refusedAccount ? REFUSED_PAGE : "/login?sso-fejl");
                });
    }

    /** Single sign-on is on when its issuer is set. */
    static class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("mentorordning.security.sso.issuer-uri");
            return issuer != null && !issuer.isBlank();
        }
    }
}
