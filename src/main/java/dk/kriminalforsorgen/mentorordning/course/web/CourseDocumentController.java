package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseDocuments;
import dk.kriminalforsorgen.mentorordning.course.CourseDocuments.CourseDocument;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments.Letterhead;

/**
 * Issue 12: a course's documents as PDF letters (the action plan in each version, the establishment
 * decision §7, the ending decision §19, the mentor's appointment letter with the §8 declaration).
 * Another area's course, or a document the course does not have yet, is a 404; each download is audited.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseDocumentController {

    static final String BASE = "/forloeb/{id}/dokumenter/";

    private final CourseDocuments documents;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    @GetMapping(BASE + "handleplan.pdf")
    ResponseEntity<byte[]> actionPlan(@PathVariable long id, @RequestParam(name = "version", required = false) Integer number) {
        CourseDocument doc = documents.actionPlan(id, number);
        int version = doc.plan().getNumber();
        return pdf.download("documents/action-plan", letterhead(doc, text("document.plan.title", version)),
                Map.of("doc", doc), "handleplan-forloeb-" + id + "-version-" + version + ".pdf");
    }

    @GetMapping(BASE + "etablering.pdf")
    ResponseEntity<byte[]> establishment(@PathVariable long id) {
        CourseDocument doc = documents.establishment(id);
        return pdf.download("documents/establishment", letterhead(doc, text("document.establishment.title")),
                Map.of("doc", doc), "etablering-forloeb-" + id + ".pdf");
    }

    @GetMapping(BASE + "ophoer.pdf")
    ResponseEntity<byte[]> ending(@PathVariable long id) {
        CourseDocument doc = documents.ending(id);
        return pdf.download("documents/ending", letterhead(doc, text("document.ending.title")),
                Map.of("doc", doc), "ophoer-forloeb-" + id + ".pdf");
    }

    @GetMapping(BASE + "udpegning.pdf")
    ResponseEntity<byte[]> appointment(@PathVariable long id) {
        CourseDocument doc = documents.appointment(id);
        return pdf.download("documents/appointment", letterhead(doc, text("document.appointment.title")),
                Map.of("doc", doc), "udpegning-forloeb-" + id + ".pdf");
    }

    private Letterhead letterhead(CourseDocument doc, String title) {
        return new Letterhead(title, text("document.senderArea", doc.areaName()),
                text("document.courseReference", String.valueOf(doc.course().getId())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
