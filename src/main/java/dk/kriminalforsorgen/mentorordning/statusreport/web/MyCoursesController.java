package dk.kriminalforsorgen.mentorordning.statusreport.web;

import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.BINDING;
import static dk.kriminalforsorgen.mentorordning.statusreport.web.ReportFormSupport.FORM;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorCourseExtras;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;

/**
 * The mentor's own pages (DOMAIN §1, §17): their active courses (and an ended course while it still owes a
 * month's report) with the client's first name, the action-plan goals and the reports due. A report is
 * written as a draft; to submit it the mentor checks their answers on a summary page ("Ret" goes back
 * to the form with the input kept), submits it there (irreversible, once: CI3) and gets a receipt that
 * says what happens next. A submitted report is read only. Every other course or report id answers 404
 * (the service checks and audits).
 */
@Controller
@RequestMapping("/mine-forloeb")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MyCoursesController {

    /** The form's button that goes on to check the answers (the draft must then be complete). */
    static final String CHECK = "tjek";

    private final MentorReportService service;
    private final MentorCourseExtras extras;

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
    @PageTransaction
    public String course(@PathVariable long courseId, Model model) {
        model.addAttribute("view", service.myCourse(courseId));
        model.addAttribute("extras", extras.forMyCourse(courseId)); // issue 17: task division, next meeting
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
        boolean check = CHECK.equals(action);
        return FormErrors.submit(binding, () -> {
            long id = service.createMine(courseId, form.input(), check);
            return saved(courseId, id, check, redirect);
        }, () -> {
            ReportViews.FormContext context = service.myForm(courseId);
            form.fit(context.goals().size());
            ReportFormSupport.addFormModel(model, context);
            model.addAttribute(BINDING, binding);
            return "statusreport/mine/form";
        });
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
        boolean check = CHECK.equals(action);
        return FormErrors.submit(binding, () -> {
            service.updateMine(courseId, reportId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.content(), check);
            return saved(courseId, reportId, check, redirect);
        }, () -> formAgain(courseId, reportId, form, binding, model));
    }

    private String formAgain(long courseId, long reportId, ReportForm form, BindingResult binding, Model model) {
        ReportViews.MineReport mine = service.myReport(courseId, reportId);
        if (!mine.report().isDraft()) {
            return readOnly(mine, model);
        }
        form.fit(mine.context().goals().size());
        form.setKind(mine.report().getKind());
        model.addAttribute("report", mine.report());
        ReportFormSupport.addFormModel(model, mine.context());
        model.addAttribute(BINDING, binding);
        return "statusreport/mine/form";
    }

    /** Check your answers: the draft as it will be submitted, each answer with a link back to its field. */
    @GetMapping("/{courseId}/rapporter/{reportId}/tjek")
    public String check(@PathVariable long courseId, @PathVariable long reportId, Model model) {
        ReportViews.MineReport mine;
        try {
            mine = service.myCheck(courseId, reportId);
        } catch (Refusal submitted) {
            return "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId;
        }
        return showCheck(mine, model);
    }

    /** S2: submits the checked draft (irreversible); a second post of the same page saves nothing (CI3). */
    @PostMapping("/{courseId}/rapporter/{reportId}/indsend")
    public String submit(@PathVariable long courseId, @PathVariable long reportId,
                         @RequestParam(name = "version", required = false) Long version, Model model,
                         RedirectAttributes redirect) {
        try {
            service.submitMine(courseId, reportId, version == null ? -1 : version);
            return "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId + "/kvittering";
        } catch (StaleEditException e) {
            model.addAttribute("changed", true);
        } catch (Refusal refusal) {
            ReportViews.MineReport mine = service.myReport(courseId, reportId);
            if (!mine.report().isDraft()) { // submitted already (a second click): its receipt
                return "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId + "/kvittering";
            }
            // incomplete after all (e.g. the template's required fields): back to the form with every error
            ReportForm form = ReportForm.of(mine.report(), mine.context().goals().size());
            BindingResult binding = new BeanPropertyBindingResult(form, FORM);
            FormErrors.add(binding, refusal);
            model.addAttribute(FORM, form);
            model.addAttribute("report", mine.report());
            ReportFormSupport.addFormModel(model, mine.context());
            model.addAttribute(BINDING, binding);
            return "statusreport/mine/form";
        }
        return showCheck(service.myCheck(courseId, reportId), model);
    }

    /** The receipt: the report is submitted, who reads it and what happens next. */
    @GetMapping("/{courseId}/rapporter/{reportId}/kvittering")
    public String receipt(@PathVariable long courseId, @PathVariable long reportId, Model model) {
        try {
            model.addAttribute("receipt", service.receipt(courseId, reportId));
        } catch (Refusal draft) {
            return "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId;
        }
        return "statusreport/mine/receipt";
    }

    private static String showCheck(ReportViews.MineReport mine, Model model) {
        model.addAttribute("report", mine.report());
        model.addAttribute("course", mine.context().course());
        model.addAttribute("goals", mine.context().goals());
        return "statusreport/mine/check";
    }

    private static String readOnly(ReportViews.MineReport mine, Model model) {
        model.addAttribute("course", mine.context().course());
        model.addAttribute("report", mine.report());
        model.addAttribute("refused", true);
        return "statusreport/mine/report";
    }

    /** A saved draft: on to the check page, or back to the draft. */
    private static String saved(long courseId, long reportId, boolean check, RedirectAttributes redirect) {
        if (check) {
            return "redirect:/mine-forloeb/" + courseId + "/rapporter/" + reportId + "/tjek";
        }
        return Flash.success(redirect, "report.draftSaved", "/mine-forloeb/" + courseId + "/rapporter/" + reportId);
    }
}
