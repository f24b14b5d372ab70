package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;

/**
 * Turns exceptions into the status of the matching Danish error page (WS4, IN3). An unavailable
 * database is a 503 (AV1, AV2). Unexpected errors are logged here, while the correlation id is still in
 * the log context, and shown as a plain 500.
 */
@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    public void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** IN3: a non-numeric or malformed id in a URL is a page that does not exist, not a server error. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public void badPathValue(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** CI1: a stale save that no form handled itself; the form handlers show their own message and keep input. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    public void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    public void security(RuntimeException e) {
        throw e; // Spring Security's handlers answer these (login page or 403 page).
    }

    @ExceptionHandler(Exception.class)
    public void other(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (e instanceof ErrorResponse errorResponse) {
            response.sendError(errorResponse.getStatusCode().value());
            return;
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            response.sendError(declared.code().value());
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            plainErrorPage(e, request, response);
            return;
        }
        if (DatabaseUnavailable.causedBy(e)) {
            unavailable(e, response);
            return;
        }
        log.error("Unhandled error", e);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /**
     * The error page itself failed (e.g. the database went away while it was being prepared): the
     * self-contained Danish page, which needs neither templates nor data, still with the correlation id.
     */
    private static void plainErrorPage(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = DatabaseUnavailable.causedBy(e) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        log.warn("The error page failed; answered {} with the plain page", status, e);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(DanishErrorReportValve.page(status, String.valueOf(request.getAttribute(RequestIdFilter.ATTRIBUTE))));
    }

    /**
     * AV1/AV2: the database is down, restarting, locked or the pool is exhausted; the user gets the
     * Danish 503 page at once (bounded by the pool's connection timeout and the statement and lock
     * timeouts), with the correlation id that this log line carries.
     */
    static void unavailable(Exception e, HttpServletResponse response) throws IOException {
        log.warn("Database unavailable, answered 503: {}", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        response.setHeader("Retry-After", "5");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
