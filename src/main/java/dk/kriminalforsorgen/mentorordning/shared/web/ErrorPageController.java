package dk.kriminalforsorgen.mentorordning.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * WS4: Danish error pages for every status, with the correlation id that is also in the log;
 * never an exception text or a stack trace.
 */
@Controller
public class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    public String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // AV1: a filter (before any controller) could not reach the database.
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", "5");
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("status", status);
        model.addAttribute("requestId", request.getAttribute(RequestIdFilter.ATTRIBUTE));
        model.addAttribute("page", page(status));
        return "error/page";
    }

    /** Which texts the page shows: error.404.title and error.404.text for 404 and 405, and so on. */
    static String page(int status) {
        return switch (status) {
            case 403 -> "403";
            case 404, 405 -> "404";
            case 409 -> "409";
            case 503 -> "503";
            default -> status >= 400 && status < 500 ? "400" : "500";
        };
    }
}
