package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * Issue 12: official letters as PDF. A document is a Thymeleaf print template (a fragment {@code body} in
 * {@code templates/documents/}) placed in the letter {@code documents/letter.html}: the authority's
 * letterhead, the area, the date, the case reference, the title, and "Side X af Y" on every page (CSS
 * page counters). openhtmltopdf renders it with the DejaVu Sans font shipped in {@code resources/fonts}
 * (Bitstream Vera licence, which allows embedding and redistribution; see LICENSE-DejaVu.txt), embedded
 * as a subset, and tags the PDF for accessibility (PDF/UA: structure tree, title shown, language da).
 * Print templates use no links ({@code @{...}}): they are rendered outside a request.
 */
@Component
public class PdfDocuments {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final Clock clock;
    private final byte[] regular;
    private final byte[] bold;
    private final String stylesheet;

    PdfDocuments(ITemplateEngine templates, ApplicationContext context, Clock clock) {
        this.templates = templates;
        this.context = context;
        this.clock = clock;
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
        this.stylesheet = new String(font("/documents/letter.css"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The letter's head: who writes (the area of the case; the directorate when national), the title and
     * the case reference ("Forløb nr. 12"). The date is today's, written the Danish way.
     */
    public record Letterhead(String title, String sender, String reference) {
    }

    /** The rendered document as a download, never cached by the browser or a proxy. */
    public ResponseEntity<byte[]> download(String template, Letterhead letterhead, Map<String, Object> model,
                                           String fileName) {
        byte[] body = render(template, letterhead, model);
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    public byte[] render(String template, Letterhead letterhead, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("letterhead", letterhead);
        variables.put("letterBody", template);
        variables.put("letterDate", LocalDate.now(clock));
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null)); // @danish and other beans in the templates
        String html = templates.process("documents/letter", new Context(DanishFormat.DANISH, variables))
                .replace("</head>", "<style>" + stylesheet + "</style></head>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> stream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> stream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer("Mentorordning");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template, e);
        }
        return out.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A resource of the application: a font, or the letter's stylesheet. */
    private static byte[] font(String path) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
