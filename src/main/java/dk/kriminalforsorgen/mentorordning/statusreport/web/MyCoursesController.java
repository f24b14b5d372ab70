package dk.kriminalforsorgen.mentorordning.statusreport.web;

import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.BINDING;
import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.FORM;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;

/**
 * The mentor's own pages (DOMAIN §1, §17): their active courses with the client's first name, the
 * action-plan goals and the reports due; a report is written as a draft and submitted, and is read
 * only afterwards. Every other course or report id answers 404 (the service checks and audits).
 */
@Controller
@RequestMapping("/mine-forloeb")
public class MyCoursesController {

    private static final String SUBMIT = "indsend";

    private final MentorReportService service;

    MyCoursesController(MentorReportService service) {
        this.service = service;
    }

    @InitBinder(FORM)
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "hoursSpent", new HoursEditor());
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("courses", service.myCourses());
        return "statusreport/mine/list";
    }

    @GetMapping("/{courseId}")
    public String course(@PathVariable long courseId, Model model) {
        model.addAttribute("view", service.myCourse(courseId));
        return "statusreport/mine/course";
    }

    @GetMapping("/{courseId}/rapporter/ny")
    public String newReport(@PathVariable long courseId, @RequestParam(name = "art", required = false) ReportKind kind,
                            @RequestParam(name = "periode", required = false) String period, Model model) {
        ReportViews.FormContext context = service.myForm(courseId);
        ReportForm form = ReportForm.empty(context.goals().size());
        form.setKind(kind == null ? ReportKind.MONTHLY : kind);
        form.setPeriod(period);
        model.addAttribute(FORM, form);
        ReportFormSupport.addFormModel(model, context);
        return "statusreport/mine/form";
    }

    @PostMapping("/{courseId}/rapporter/ny")
    public String create(@PathVariable long courseId, @ModelAttribute(FORM) ReportForm form, BindingResult binding,
                         @RequestParam(name = "handling", required = false) String action, Model model,
                         RedirectAttributes redirect) {
        boolean submit = SUBMIT.equals(action);
        if (!binding.hasErrors()) {
            try {
                long id = service.createMine(courseId, form.input(), submit);
                return done(courseId, id, submit, redirect);
            } catch (Refusal refusal) {
                FormErrors.add(binding, refusal);
            }
        }
        ReportViews.FormContext context = service.myForm(courseId);
        form.fit(context.goals().size());
        ReportFormSupport.addFormModel(model, context);
        model.addAttribute(BINDING, binding);
        return "statusreport/mine/form";
    }

    @GetMapping("/{courseId}/rapporter/{reportId}")
    public String report(@PathVariable long courseId, @PathVariable long reportId, Model model) {
        ReportViews.MineReport mine = service.myReport(courseId, reportId);
        model.addAttribute("report", mine.report());
        if (!mine.report().isDraft()) {
            model.addAttribute("course", mine.context().course());
            return "statusreport/mine/report";
        }
        model.addAttribute(FORM, ReportForm.of(mine.report(), mine.context().goals().size()));
        ReportFormSupport.addFormModel(model, mine.context());
        return "statusreport/mine/form";
    }

    @PostMapping("/{courseId}/rapporter/{reportId}")
    public String update(@PathVariable long courseId, @PathVariable long reportId,
                         @ModelAttribute(FORM) ReportForm form, BindingResult binding,
                         @RequestParam(name = "handling", required = false) String action, Model model,
                         RedirectAttributes redirect) {
        boolean submit = SUBMIT.equals(action);
        if (!binding.hasErrors()) {
            try {
                service.updateMine(courseId, reportId, form.getVersion() == null ? -1 : form.getVersion(),
                        form.content(), submit);
                return done(courseId, reportId, submit, redirect);
            } catch (Refusal refusal) {
                FormErrors.add(binding, refusal);
            } catch (StaleEditException e) {
                FormErrors.staleEdit(binding);
            }
        }
        ReportViews.MineReport mine = service.myReport(courseId, reportId);
        if (!mine.report().isDraft()) {
            model.addAttribute("course", mine.context().course());
            model.addAttribute("report", mine.report());
            model.addAttribute("refused", true);
            return "statusreport/mine/report";
        }
        form.fit(mine.context().goals().size());
        form.setKind(mine.report().getKind());
        model.addAttribute("report", mine.report());
        ReportFormSupport.addFormModel(model, mine.context());
        model.addAttribute(BINDING, binding);
        return "statusreport/mine/form";
    }

    private static String done(long courseId, long reportId, boolean submitted, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", submitted ? "report.submitted" : "report.draftSaved");
        return submitted ? "redirect:/mine-forloeb/" + courseId : "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId;
    }
}
