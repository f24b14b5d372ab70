package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * IN3: input that no form can have is refused with the Danish 400 page (and its correlation id) before
 * any other filter or controller sees it, instead of failing somewhere deep with a 500: parameters
 * that are not valid percent-encoded UTF-8 ({@code ?status=%ff}), and control characters such as NUL
 * (PostgreSQL refuses it in text) in a parameter name or value. Line breaks and tabs are allowed in
 * values, because a text area has them. Runs right after the {@link RequestIdFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestInputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request);
        if (problem != null) {
            // AU4: the logged name is attacker's text; the structured (JSON) log escapes it.
            log.warn("Request refused with 400: {}", problem);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException badEncodingOrTooLarge) {
            return "parameters cannot be read (" + badEncodingOrTooLarge.getClass().getSimpleName() + ")";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey(), false)) {
                return "control character in the name of parameter " + parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value, true)) {
                    return "control character in parameter " + parameter.getKey();
                }
            }
        }
        return null;
    }

    static boolean hasControlCharacter(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(lineBreaksAllowed && lineBreak)) || c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
