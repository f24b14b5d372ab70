package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * AS3: a session that has passed the password but not the second factor reaches the second-factor pages, log-out and
 * the static files only; every other request goes to the code page. Its authentication carries no role either, so
 * even a route this gate let through would be denied by the route rules.
 */
class SecondFactorGate extends OncePerRequestFilter {

    private static final Set<String> OPEN = Set.of(SecondFactorLogin.CODE_PAGE, SecondFactorLogin.ENROL_PAGE,
            "/logout", "/error", "/favicon.ico");
    private static final Set<String> OPEN_PREFIXES = Set.of("/css/", "/js/", "/img/", "/vendor/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SecondFactorLogin.isPending(authentication) && !open(request)) {
            RelativeRedirects.pathOnly(request, response, SecondFactorLogin.CODE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
