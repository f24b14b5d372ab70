package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * AS6: a session ends at the latest {@code absoluteSessionTimeout} (8 h) after log-in, however
 * active it is; the idle timeout (15 min) is the servlet session timeout.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".signedInAt";

    private final SecurityProperties properties;
    private final Clock clock;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser) {
            long now = clock.millis();
            Long signedInAt = (Long) session.getAttribute(SIGNED_IN_AT);
            if (signedInAt == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - signedInAt > properties.absoluteSessionTimeout().toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?udloebet");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
