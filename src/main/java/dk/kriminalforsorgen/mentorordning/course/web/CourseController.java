package dk.kriminalforsorgen.mentorordning.course.web;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseEstablishment;
import dk.kriminalforsorgen.mentorordning.course.CourseHandovers;
import dk.kriminalforsorgen.mentorordning.course.CourseMentors;
import dk.kriminalforsorgen.mentorordning.course.CoursePreparation;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.CourseReading.CourseView;
import dk.kriminalforsorgen.mentorordning.course.CourseState;
import dk.kriminalforsorgen.mentorordning.course.ProposalKind;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.EstablishForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.HandoverForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.HoursForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.PlanFields;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.PrepareForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.ProposalForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.ResponsibleForm;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.web.CsvExport;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * The course list, the course page, and the steps of preparation and establishment (C1-C4, C6, C7,
 * E6, M1-M10). Thin: one use-case call per request, redirect after a successful POST; a refusal goes on
 * the form with {@link FormErrors} and the page is shown again with the user's input.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseController {

    private final CourseReading courses;
    private final CoursePreparation preparation;
    private final CourseMentors mentors;
    private final CourseEstablishment establishment;
    private final CourseHandovers handovers;
    private final CourseOptions options;
    private final MessageSource messages;

    // ---------------------------------------------------------------- list and page

    /** The name searched for on the course list: kept in the session, never in a URL (DP3). */
    static final String SEARCH_ATTRIBUTE = CourseController.class.getName() + ".search";

    @GetMapping("/forloeb")
    public String list(@RequestParam(required = false) String tilstand, @RequestParam(required = false) String mine,
                       @RequestParam(required = false) String sortering, @RequestParam(required = false) String retning,
                       @RequestParam(defaultValue = "0") int side, HttpSession session, Model model) {
        String name = (String) session.getAttribute(SEARCH_ATTRIBUTE);
        model.addAttribute("searchForm", new CourseForms.CourseSearchForm(name, null, null, null, null));
        return showList(tilstand, mine, sortering, retning, side, name, model);
    }

    private String showList(String tilstand, String mine, String sortering, String retning, int side, String name,
                            Model model) {
        CourseState state = CourseForms.parse(CourseState.class, tilstand);
        boolean mineOnly = "true".equals(mine);
        CourseQueries.Sort sort = CourseQueries.Sort.fromParameter(sortering);
        boolean descending = "ned".equals(retning);
        CourseListLinks links = new CourseListLinks(state, mineOnly, sort, descending);
        model.addAttribute("page", courses.list(state, mineOnly, name, sort, descending, side));
        model.addAttribute("filterState", state == null ? "" : state.name());
        model.addAttribute("mineOnly", mineOnly);
        model.addAttribute("nameSearch", name);
        model.addAttribute("states", CourseState.values());
        model.addAttribute("links", links);
        model.addAttribute("baseUrl", links.current());
        return "course/list";
    }

    /**
     * Issue 12: the course list as a spreadsheet with the page's filters, order and name search, the
     * area's courses only (AZ2), every page at once (at most {@link CsvExport#MAX_ROWS}); streamed and audited.
     */
    @GetMapping("/forloeb/eksport.csv")
    public void export(@RequestParam(required = false) String tilstand, @RequestParam(required = false) String mine,
                       @RequestParam(required = false) String sortering, @RequestParam(required = false) String retning,
                       HttpSession session, HttpServletResponse response) {
        CourseState state = CourseForms.parse(CourseState.class, tilstand);
        CourseQueries.Sort sort = CourseQueries.Sort.fromParameter(sortering);
        String name = (String) session.getAttribute(SEARCH_ATTRIBUTE);
        try (CsvExport csv = CsvExport.start(response, messages, "forloeb", "export.course.id", "export.course.client",
                "export.course.state", "export.course.start", "export.course.responsible", "export.course.next",
                "export.course.dueOn", "export.course.overdue")) {
            courses.export(state, "true".equals(mine), name, sort, "ned".equals(retning), CsvExport.MAX_ROWS,
                    row -> csv.row(row.id(), row.clientName(), csv.text(row.state().messageKey()), row.startDate(),
                            row.responsibleName(), row.dueKind() == null ? "" : csv.text(row.dueKind().messageKey()),
                            row.dueOn(), row.overdue()));
        }
    }

    /** Search the course list by the client's name: a POST kept in the session, so the name never reaches a URL (DP3). */
    @PostMapping("/forloeb/soeg")
    public String search(@Valid @ModelAttribute("searchForm") CourseForms.CourseSearchForm form, BindingResult result,
                         @RequestParam(required = false) String nulstil, HttpSession session, Model model) {
        if (result.hasErrors()) {
            return showList(form.tilstand(), form.mine(), form.sortering(), form.retning(), 0,
                    (String) session.getAttribute(SEARCH_ATTRIBUTE), model);
        }
        if (nulstil != null || form.navn() == null) {
            session.removeAttribute(SEARCH_ATTRIBUTE);
        } else {
            session.setAttribute(SEARCH_ATTRIBUTE, form.navn());
        }
        CourseListLinks links = new CourseListLinks(CourseForms.parse(CourseState.class, form.tilstand()),
                "true".equals(form.mine()), CourseQueries.Sort.fromParameter(form.sortering()), "ned".equals(form.retning()));
        return "redirect:" + links.current();
    }

    @GetMapping("/forloeb/{id}")
    @PageTransaction
    public String view(@PathVariable long id, Model model) {
        CourseView view = courses.view(id);
        model.addAttribute("view", view);
        model.addAttribute("handoverForm", new HandoverForm(null));
        model.addAttribute("continuationForm", new CourseForms.ContinuationForm(view.course().getVersion(), null));
        return "course/view";
    }

    // ---------------------------------------------------------------- preparation

    @GetMapping("/forloeb/ny")
    public String prepareForm(@RequestParam(name = "klient", required = false) Long clientId, Model model) {
        PrepareForm form = new PrepareForm();
        form.setClientId(clientId);
        form.setPlannedStart(courses.today());
        model.addAttribute("form", form);
        return showPrepare(model);
    }

    @PostMapping("/forloeb/ny")
    public String prepare(@ModelAttribute("form") PrepareForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        if (form.getClientId() == null) {
            result.rejectValue("clientId", "course.clientId.required");
            return showPrepare(model);
        }
        return FormErrors.attempt(result, () -> {
            long id = preparation.prepare(form.getClientId(), form.getPlannedStart());
            return Flash.success(redirect, "course.prepared", "/forloeb/" + id);
        }, () -> showPrepare(model));
    }

    private String showPrepare(Model model) {
        model.addAttribute("clientOptions", options.people(courses.preparableClients()));
        return "course/prepare";
    }

    @GetMapping("/forloeb/{id}/forslag")
    public String proposalForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "forslag");
        model.addAttribute("form", new ProposalForm(view.course().getVersion(),
                view.course().getProposal() == null ? null : view.course().getProposal().name(),
                view.course().getProposalText()));
        model.addAttribute("view", view);
        return "course/proposal";
    }

    @PostMapping("/forloeb/{id}/forslag")
    public String proposal(@PathVariable long id, @ModelAttribute("form") ProposalForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            preparation.recordProposal(id, form.version(), CourseForms.parse(ProposalKind.class, form.proposal()),
                    form.proposalText(), form.person());
            return Flash.success(redirect,
                    form.creatingApplicant() ? "course.proposal.applicantCreated" : "course.proposal.saved",
                    "/forloeb/" + id);
        }, () -> {
            model.addAttribute("view", courses.forDecision(id, "forslag"));
            return "course/proposal";
        });
    }

    // ---------------------------------------------------------------- action plan

    @GetMapping("/forloeb/{id}/handleplan")
    public String planForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "handleplan");
        PlanFields form = new PlanFields();
        view.plan().ifPresentOrElse(p -> form.load(p.current(), p.plan().getVersion()),
                () -> {
                    form.suggest(courses.planSuggestion(view));
                    model.addAttribute("planSuggested", true);
                });
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        return "course/plan";
    }

    @PostMapping("/forloeb/{id}/handleplan")
    public String savePlan(@PathVariable long id, @ModelAttribute("form") PlanFields form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        // no silent loss: an incomplete goal is an error, not dropped
        form.incompleteGoals().forEach(violation -> FormErrors.add(result, violation));
        // a binding error, e.g. a consent date that is no date (issue 17), is shown and nothing saved
        return FormErrors.submit(result, () -> {
            int number = preparation.savePlan(id, form.getPlanVersion(), form.content());
            redirect.addFlashAttribute("flashArgs", number);
            return Flash.success(redirect, "course.plan.saved", "/forloeb/" + id);
        }, () -> {
            form.fill();
            model.addAttribute("view", courses.forDecision(id, "handleplan"));
            return "course/plan";
        });
    }

    @GetMapping("/forloeb/{id}/handleplan/versioner/{number}")
    public String planVersion(@PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("version", courses.planVersion(id, number));
        model.addAttribute("view", courses.view(id));
        model.addAttribute("print", false);
        return "course/plan-version";
    }

    @GetMapping("/forloeb/{id}/handleplan/udskriv")
    public String planPrint(@PathVariable long id, @RequestParam(name = "version", required = false) Integer number,
                            Model model) {
        CourseView view = courses.view(id);
        int shown = number != null ? number
                : view.plan().map(p -> p.plan().getCurrentNumber()).orElseThrow(
                        () -> new NotFoundException("plan"));
        model.addAttribute("version", courses.planVersion(id, shown));
        model.addAttribute("view", view);
        model.addAttribute("print", true);
        return "course/plan-version";
    }

    // ---------------------------------------------------------------- matching and establishment

    /**
     * The course's step "find a mentor" is the one matching page of the registry (DOMAIN §9), for this
     * course: the old address leads there (404 for another area's course, AZ2).
     */
    @GetMapping("/forloeb/{id}/matchning")
    public String matching(@PathVariable long id, @RequestParam(name = "timer", required = false) BigDecimal hours) {
        CourseView view = courses.forDecision(id, "matchning");
        if (!view.course().isPreparing()) {
            return "redirect:/forloeb/" + id;
        }
        return "redirect:/mentorer/matchning/" + view.course().getClientId() + "?forloeb=" + id
                + (hours == null ? "" : "&timer=" + hours.toPlainString());
    }

    @GetMapping("/forloeb/{id}/etabler")
    public String establishForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "etabler");
        EstablishForm form = new EstablishForm();
        form.setVersion(view.course().getVersion());
        form.setAgreedHours(view.course().getAgreedHours());
        form.setStartDate(view.course().getPlannedStart().isBefore(courses.today()) ? courses.today()
                : view.course().getPlannedStart());
        form.setContinuesAfterRelease(true);
        // C7: the signed-in caseworker is preselected when they may be responsible (carry-over, issue 16)
        form.setResponsibleUserId(courses.signedInCandidate(id).orElse(null));
        model.addAttribute("form", form);
        return showEstablish(id, view, model);
    }

    /**
     * Check your answers: every rule of the establishment is checked as on the decision itself and nothing
     * is saved; a refusal is shown on the form, otherwise the decision is shown with the eligibility on
     * the start date, the mentor and the action plan, to be confirmed.
     */
    @PostMapping("/forloeb/{id}/etabler/tjek")
    public String checkEstablishment(@PathVariable long id, @ModelAttribute("form") EstablishForm form,
                                     BindingResult result, Model model) {
        return FormErrors.submit(result, () -> {
            model.addAttribute("review", establishment.review(id, form.getVersion(), establishInput(form)));
            model.addAttribute("view", courses.forDecision(id, "etabler"));
            return "course/establish-check";
        }, () -> showEstablish(id, courses.forDecision(id, "etabler"), model));
    }

    /** "Ret" on the check page: the form again with all the input kept. */
    @PostMapping("/forloeb/{id}/etabler/ret")
    public String changeEstablishment(@PathVariable long id, @ModelAttribute("form") EstablishForm form,
                                      BindingResult result, Model model) {
        return showEstablish(id, courses.forDecision(id, "etabler"), model);
    }

    /** The confirmed decision; a refusal found now goes back to the form with the errors at the fields. */
    @PostMapping("/forloeb/{id}/etabler")
    public String establish(@PathVariable long id, @ModelAttribute("form") EstablishForm form, BindingResult result,
                            Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            establishment.establish(id, form.getVersion(), establishInput(form));
            // the confirmation page says what was saved and what happens next
            return "redirect:/forloeb/" + id + "/etableret";
        }, () -> showEstablish(id, courses.forDecision(id, "etabler"), model));
    }

    /** The confirmation: what happens next (C5 kick-off, S1 monthly reports, C9 the fee). */
    @GetMapping("/forloeb/{id}/etableret")
    public String established(@PathVariable long id, Model model) {
        CourseView view = courses.view(id);
        if (!view.course().isActive()) {
            return "redirect:/forloeb/" + id;
        }
        model.addAttribute("view", view);
        model.addAttribute("firstReportMonth", DanishFormat.month(YearMonth.from(view.course().getStartDate())));
        return "course/established";
    }

    private static CourseEstablishment.EstablishInput establishInput(EstablishForm form) {
        return new CourseEstablishment.EstablishInput(null, form.getAgreedHours(), form.getResponsibleUserId(),
                form.getStartDate(), form.isContinuesAfterRelease(), form.getNoContinuationReason());
    }

    private String showEstablish(long id, CourseView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("responsibleOptions", options.people(courses.responsibleCandidates(id)));
        return "course/establish";
    }

    @PostMapping("/forloeb/{id}/overdrag")
    public String handOver(@PathVariable long id, @ModelAttribute("handoverForm") HandoverForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            handovers.handOver(id, form.note());
            return Flash.success(redirect, "course.handedOver", "/forloeb/" + id);
        }, () -> {
            CourseView view = courses.view(id);
            model.addAttribute("view", view);
            model.addAttribute("continuationForm", new CourseForms.ContinuationForm(view.course().getVersion(), null));
            return "course/view";
        });
    }

    @GetMapping("/forloeb/{id}/timer")
    public String hoursForm(@PathVariable long id, Model model) {
        return showHours(id, "timer", model);
    }

    @PostMapping("/forloeb/{id}/timer")
    public String changeHours(@PathVariable long id, @ModelAttribute("form") HoursForm form, BindingResult result,
                              Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            mentors.changeHours(id, form.getVersion(), form.getAgreedHours());
            return Flash.success(redirect, "course.hours.saved", "/forloeb/" + id);
        }, () -> showHours(id, "timer", model));
    }

    @PostMapping("/forloeb/{id}/ansvarlig")
    public String appointResponsible(@PathVariable long id, @ModelAttribute("responsibleForm") ResponsibleForm form,
                                     BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            establishment.appointResponsible(id, form.version(), form.responsibleUserId());
            return Flash.success(redirect, "course.responsible.saved", "/forloeb/" + id);
        }, () -> showHours(id, "ansvarlig", model));
    }

    /**
     * The page of the hours and the responsible person: its two forms, each from the course unless the model
     * already has it (the one posted, shown again with its input and errors).
     */
    private String showHours(long id, String decision, Model model) {
        CourseView view = courses.forDecision(id, decision);
        if (!model.containsAttribute("form")) {
            HoursForm form = new HoursForm();
            form.setVersion(view.course().getVersion());
            form.setAgreedHours(view.course().getAgreedHours());
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("responsibleForm")) {
            model.addAttribute("responsibleForm",
                    new ResponsibleForm(view.course().getVersion(), view.course().getResponsibleUserId()));
        }
        model.addAttribute("view", view);
        model.addAttribute("responsibleOptions", options.people(courses.responsibleCandidates(id)));
        return "course/hours";
    }
}
