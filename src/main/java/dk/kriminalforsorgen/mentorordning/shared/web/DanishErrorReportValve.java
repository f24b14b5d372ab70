package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * WS4, IN3: the page Tomcat itself shows when it refuses a request before the application sees it
 * (a malformed URL such as {@code /%zz}, an invalid character in the request line). Tomcat's own is
 * English; this one is Danish, with a correlation id that is also in the log, and never a stack trace
 * or a server version. Self-contained HTML, because no template engine runs at this level. Errors of
 * requests that reached the application are shown by {@link ErrorPageController} instead.
 */
public class DanishErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(DanishErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Object known = request.getAttribute(RequestIdFilter.ATTRIBUTE);
        String requestId = known instanceof String id ? id : UUID.randomUUID().toString().substring(0, 13);
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        try {
            log.warn("Request refused by the web server with {}", status);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Request-Id", requestId);
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status, requestId));
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing more to tell it
        }
    }

    static String page(int status, String requestId) {
        String title;
        String text;
        if (status < 500) {
            title = "Forespørgslen kunne ikke behandles";
            text = "Adressen eller forespørgslen er ugyldig. Kontrollér adressen, eller gå til forsiden og prøv igen.";
        } else if (status == 503) {
            title = "Systemet er midlertidigt utilgængeligt";
            text = "Systemet kan ikke nå sine data lige nu, så din seneste handling er muligvis ikke gemt. "
                    + "Vent et øjeblik, og prøv igen.";
        } else {
            title = "Der opstod en fejl";
            text = "Der opstod en uventet fejl. Dine seneste ændringer er muligvis ikke gemt. Prøv igen om lidt.";
        }
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Mentorordning</title>
                <link rel="stylesheet" href="/vendor/dkfds/css/dkfds.min.css"></head>
                <body><main id="main-content" class="container page-container">
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p><a href="/" class="function-link">Gå til forsiden</a></p>
                <p class="form-hint" data-testid="request-id">Fejlreference (oplys den, hvis du kontakter support): %3$s</p>
                </main></body>
                </html>
                """.formatted(title, text, requestId);
    }
}
