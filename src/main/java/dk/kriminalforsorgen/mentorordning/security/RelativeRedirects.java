package dk.kriminalforsorgen.mentorordning.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * WS2: Spring Security's redirects carry a path only. By default the log-in redirect and the return to
 * the saved page after log-in are absolute URLs built from the request's Host header, which an
 * attacker (or a misconfigured proxy) controls.
 */
final class RelativeRedirects {

    private RelativeRedirects() {
    }

    static LoginUrlAuthenticationEntryPoint toLogin(String loginPage) {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(loginPage);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    static SavedRequestAwareAuthenticationSuccessHandler afterLogin() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(RelativeRedirects::pathOnly);
        return handler;
    }

    /** The saved request's URL is absolute (with the Host it came with); keep its path and query only. */
    static void pathOnly(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        URI uri = URI.create(url);
        String target = uri.isAbsolute() || uri.getRawAuthority() != null
                ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                : request.getContextPath() + url;
        response.sendRedirect(response.encodeRedirectURL(target.isEmpty() ? "/" : target));
    }
}
