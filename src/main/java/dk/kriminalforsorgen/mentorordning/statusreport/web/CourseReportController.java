package dk.kriminalforsorgen.mentorordning.statusreport.web;

import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.BINDING;
import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.FORM;

import java.math.BigDecimal;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments.Letterhead;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.CourseReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;

/**
 * A course's status reports for its area's caseworkers and coordinators (and the directorate, read
 * only): what is missing (S1, S3), each report with reported against agreed hours, the sign-off
 * (DOMAIN §9), the duty to notify (S4), and the telephone report (§17 stk. 1).
 */
@Controller
@RequestMapping("/forloeb/{courseId}/rapporter")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseReportController {

    private final CourseReportService service;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final ReferenceData referenceData;

    @InitBinder(FORM)
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "hoursSpent", new HoursEditor());
    }

    @GetMapping
    public String list(@PathVariable long courseId, Model model) {
        model.addAttribute("view", service.courseReports(courseId));
        model.addAttribute("today", service.today());
        return "statusreport/course";
    }

    @GetMapping("/{reportId}")
    public String report(@PathVariable long courseId, @PathVariable long reportId, Model model) {
        ReportViews.ReportView view = service.report(courseId, reportId);
        model.addAttribute(FORM, new AcknowledgeForm(null, view.report().getVersion()));
        model.addAttribute("view", view);
        return "statusreport/report";
    }

    /** Issue 12: the submitted report as a PDF letter (another area's course: 404; audited). */
    @GetMapping("/{reportId}/rapport.pdf")
    public ResponseEntity<byte[]> reportPdf(@PathVariable long courseId, @PathVariable long reportId) {
        CourseReportService.ReportDocument doc = service.reportDocument(courseId, reportId);
        Letterhead letterhead = new Letterhead(
                text("document.report.title") + ", " + new ReportFormats().period(doc.view().report().getKind(),
                        doc.view().report().getPeriodStart(), doc.view().report().getPeriodEnd()),
                text("document.senderArea", referenceData.areaName(doc.areaId())),
                text("document.reportReference", String.valueOf(courseId), String.valueOf(reportId)));
        return pdf.download("documents/status-report", letterhead, Map.of("view", doc.view()),
                "statusrapport-forloeb-" + courseId + "-rapport-" + reportId + ".pdf");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    @PostMapping("/{reportId}/kvitter")
    public String acknowledge(@PathVariable long courseId, @PathVariable long reportId,
                              @ModelAttribute(FORM) AcknowledgeForm form, BindingResult binding, Model model,
                              RedirectAttributes redirect) {
        return FormErrors.attempt(binding, () -> {
            service.acknowledge(courseId, reportId, form.versionOrUnknown(), form.note());
            return Flash.success(redirect, "report.acknowledged", "/forloeb/" + courseId + "/rapporter/" + reportId);
        }, () -> {
            model.addAttribute("view", service.report(courseId, reportId));
            model.addAttribute(BINDING, binding);
            return "statusreport/report";
        });
    }

    @GetMapping("/telefonisk")
    public String telephoneForm(@PathVariable long courseId, Model model, RedirectAttributes redirect) {
        ReportViews.FormContext context;
        try {
            context = service.telephoneForm(courseId);
        } catch (Refusal refusal) {
            return notAllowed(courseId, refusal, redirect);
        }
        ReportForm form = ReportForm.empty(context.goals().size());
        form.setReceivedOn(service.today());
        model.addAttribute(FORM, form);
        ReportFormSupport.addFormModel(model, context);
        return "statusreport/telephone";
    }

    @PostMapping("/telefonisk")
    public String logTelephone(@PathVariable long courseId, @ModelAttribute(FORM) ReportForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            long id = service.logTelephone(courseId, form.input(), form.getReceivedOn());
            return Flash.success(redirect, "report.telephone.logged", "/forloeb/" + courseId + "/rapporter/" + id);
        }, () -> telephoneAgain(courseId, form, binding, model, redirect));
    }

    private String telephoneAgain(long courseId, ReportForm form, BindingResult binding, Model model,
                                  RedirectAttributes redirect) {
        ReportViews.FormContext context;
        try {
            context = service.telephoneForm(courseId);
        } catch (Refusal refusal) {
            return notAllowed(courseId, refusal, redirect);
        }
        form.fit(context.goals().size());
        ReportFormSupport.addFormModel(model, context);
        model.addAttribute(BINDING, binding);
        return "statusreport/telephone";
    }

    /** The course takes no reports (not yet active, or ended with nothing owed): back to its reports with the reason. */
    private static String notAllowed(long courseId, Refusal refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashInfo", refusal.first().messageKey());
        return "redirect:/forloeb/" + courseId + "/rapporter";
    }
}
