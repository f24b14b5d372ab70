package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditActor;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * After a single sign-on (the session id already renewed by the shared session strategy, AS5) the provider's
 * user is replaced in the session by the local account, so the session is the same as after a password
 * log-in; then the sign-in is audited and the user goes to the page they asked for.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SingleSignOnSuccessHandler implements AuthenticationSuccessHandler {

    static final String METHOD = "OIDC";

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AuditService audit;
    private final SecurityEventLog securityLog;

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        CurrentUser user = ((StaffOidcUser) authentication.getPrincipal()).account();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new SingleSignOnAuthentication(user, authentication.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.recordSeparately(new AuditActor(user.id(), user.getUsername(), user.role().name(), user.areaId()),
                ThrottlingAuthenticationProvider.LOGIN_SUCCEEDED, "USER", user.id(), "method=oidc");
        securityLog.event(ThrottlingAuthenticationProvider.LOGIN_SUCCEEDED, user.getUsername(),
                Map.of("role", user.role().name(), "method", METHOD));
        RelativeRedirects.afterLogin().onAuthenticationSuccess(request, response, context.getAuthentication());
    }
}
