package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Issue 14: with the password form switched off, a posted user name and password is refused (403) and
 * logged, whoever sends it; nothing checks the password, so an old local password is worth nothing.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LocalLoginDisabledFilter extends OncePerRequestFilter {

    static final String LOCAL_LOGIN_REFUSED = "LOCAL_LOGIN_REFUSED";

    private final SecurityEventLog securityLog;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            securityLog.event(LOCAL_LOGIN_REFUSED, null, Map.of("reason", "local-login-disabled"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
