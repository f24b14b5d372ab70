package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * A refused request (role not allowed, or CSRF token missing or wrong) is audited and logged as a
 * security event (AU1, AU4) and answered with the Danish 403 page. A log-in form whose session ran
 * out before it was sent is simply shown again with a note, not as an error.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoggingAccessDeniedHandler implements AccessDeniedHandler {

    static final String CSRF_FAILURE = "CSRF_FAILURE";

    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final CurrentUsers currentUsers;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        if (csrf && "/login".equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + "/login?udloebet");
            return;
        }
        String event = csrf ? CSRF_FAILURE : AccessChecker.ACCESS_DENIED;
        String route = request.getMethod() + " " + request.getRequestURI();
        audit.recordSeparately(null, event, "ROUTE", null, route);
        String user = currentUsers.current().map(CurrentUser::getUsername).orElse(null);
        securityLog.event(event, user, Map.of("route", route));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
