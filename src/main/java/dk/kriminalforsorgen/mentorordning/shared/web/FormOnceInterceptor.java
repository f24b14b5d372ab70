package dk.kriminalforsorgen.mentorordning.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * CI3, exactly once: a POST carrying a one-time form token ({@link FormTokens}) is processed only the
 * first time. The token is claimed in {@code form_submission} before the controller runs (its primary
 * key decides between two simultaneous submissions); when the controller answers with a redirect
 * (saved), the redirect target is kept, so a second submission of the same form (double click,
 * reload, back and resend) is sent there with a note instead of saving again. When the first
 * submission did not save (a form error, an exception), the token is released, so the user can resend.
 * Applies to every form of the application: creating and money-changing ones and all others.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FormOnceInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(FormOnceInterceptor.class);
    private static final String CLAIMED = FormOnceInterceptor.class.getName() + ".token";
    /** How long a second submission waits for the first, still running, to finish. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(3);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String token = request.getParameter(FormTokens.PARAMETER);
        if (!"POST".equals(request.getMethod()) || !FormTokens.wellFormed(token)) {
            return true;
        }
        String user = username();
        int claimed = jdbc.update("""
                insert into form_submission (token, username, path, submitted_at) values (?, ?, ?, ?)
                on conflict (token) do nothing
                """, token, user, truncate(request.getRequestURI(), 500), Timestamp.from(Instant.now(clock)));
        if (claimed == 1) {
            request.setAttribute(CLAIMED, token);
            return true;
        }
        String firstResult = resultOfFirst(token, user);
        log.info("Form submitted again; not processed a second time ({})", firstResult == null ? "no result" : "redirected");
        if (firstResult == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return false;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashInfo", "form.alreadySaved");
        RequestContextUtils.saveOutputFlashMap(firstResult, request, response);
        response.sendRedirect(firstResult);
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Object token = request.getAttribute(CLAIMED);
        if (token == null) {
            return;
        }
        String location = response.getHeader("Location");
        try {
            if (failure == null && response.getStatus() / 100 == 3 && location != null) {
                jdbc.update("update form_submission set result_location = ? where token = ?", truncate(location, 1000), token);
            } else {
                jdbc.update("delete from form_submission where token = ?", token);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the outcome of a form submission", e);
        }
    }

    /** The first submission's redirect target, waiting a little while it is still being processed. */
    private String resultOfFirst(String token, String user) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            List<String> results = jdbc.queryForList(
                    "select coalesce(result_location, '') from form_submission where token = ? and username = ?",
                    String.class, token, user);
            if (results.isEmpty()) {
                return null; // another user's token, or released after a failure
            }
            if (!results.get(0).isEmpty()) {
                return results.get(0);
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(100);
        }
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : truncate(authentication.getName(), 100);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
