package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.Goal;
import dk.kriminalforsorgen.mentorordning.course.CourseGoalOutcome;
import dk.kriminalforsorgen.mentorordning.course.CourseEnding;
import dk.kriminalforsorgen.mentorordning.course.CourseMeetings;
import dk.kriminalforsorgen.mentorordning.course.CourseMoney;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.CourseReading.CourseView;
import dk.kriminalforsorgen.mentorordning.course.EndReason;
import dk.kriminalforsorgen.mentorordning.course.ExpenseType;
import dk.kriminalforsorgen.mentorordning.course.GoalOutcome;
import dk.kriminalforsorgen.mentorordning.course.MentorCourse;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.ContinuationForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.EndForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.FeeForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.GrantForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.KickOffForm;
import dk.kriminalforsorgen.mentorordning.course.web.CourseForms.ReviewForm;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/** The work on an active course: meetings (C5, C8), fee and grants (C9-C11), continuation (C13) and ending (C12). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseWorkController {

    private final CourseReading courses;
    private final CourseMeetings meetings;
    private final CourseMoney money;
    private final CourseEnding ending;

    // ---------------------------------------------------------------- meetings

    @GetMapping("/forloeb/{id}/opstartsmoede")
    public String kickOffForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "opstartsmøde");
        KickOffForm form = new KickOffForm();
        form.setHeldOn(courses.today());
        // C5 (§12): the relevant parties, prefilled: the client, the mentor and the responsible person
        form.setParticipants(Stream.of(view.client().name(), view.mentorName(), view.course().getResponsibleName())
                .filter(name -> name != null && !name.isBlank()).collect(Collectors.joining(", ")));
        return page(view, form, model, "course/kickoff");
    }

    @PostMapping("/forloeb/{id}/opstartsmoede")
    public String kickOff(@PathVariable long id, @ModelAttribute("form") KickOffForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        form.requireHeld(result, "meeting.kickOff.agreementsRequired");
        return FormErrors.submit(result, () -> {
            meetings.recordKickOff(id, form.held());
            return Flash.success(redirect, "meeting.kickOff.saved", "/forloeb/" + id);
        }, () -> page(id, "opstartsmøde", model, "course/kickoff"));
    }

    @GetMapping("/forloeb/{id}/opfoelgning")
    public String reviewForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "opfølgning");
        ReviewForm form = new ReviewForm();
        form.setHeldOn(courses.today());
        view.plan().ifPresent(p -> form.load(p.current(), p.plan().getVersion()));
        return page(view, form, model, "course/review");
    }

    @PostMapping("/forloeb/{id}/opfoelgning")
    public String review(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        form.requireHeld(result, "meeting.review.summaryRequired");
        requireNoSilentLoss(id, form, result);
        return FormErrors.submit(result, () -> {
            var newVersion = meetings.recordReview(id, form.held(), form.getPlanVersion(),
                    form.isRevisePlan() ? form.content() : null);
            redirect.addFlashAttribute("flashArgs", newVersion.orElse(null));
            return Flash.success(redirect, newVersion.isPresent() ? "meeting.review.savedWithPlan"
                    : "meeting.review.saved", "/forloeb/" + id);
        }, () -> {
            form.fill();
            return page(id, "opfølgning", model, "course/review");
        });
    }

    // ---------------------------------------------------------------- fee and grants

    @GetMapping("/forloeb/{id}/honorar")
    public String feeForm(@PathVariable long id, Model model) {
        model.addAttribute("form", FeeForm.from(courses.today()));
        return page(id, "honorar", model, "course/fee");
    }

    @PostMapping("/forloeb/{id}/honorar")
    public String setFee(@PathVariable long id, @ModelAttribute("form") FeeForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            money.setFee(id, form.getMonthlyAmount(), form.getValidFrom(), form.getBasis());
            return Flash.success(redirect, "course.fee.saved", "/forloeb/" + id + "/honorar");
        }, () -> page(id, "honorar", model, "course/fee"));
    }

    @GetMapping("/forloeb/{id}/tilskud")
    public String grantForm(@PathVariable long id, Model model) {
        model.addAttribute("form", GrantForm.forActivity());
        return page(id, "tilskud", model, "course/grants");
    }

    @PostMapping("/forloeb/{id}/tilskud")
    public String grant(@PathVariable long id, @ModelAttribute("form") GrantForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            money.grant(id, CourseForms.parse(ExpenseType.class, form.getExpenseType()), form.getPurpose(),
                    form.getAmount());
            return Flash.success(redirect, "course.grant.saved", "/forloeb/" + id + "/tilskud");
        }, () -> page(id, "tilskud", model, "course/grants"));
    }

    // ---------------------------------------------------------------- continuation and ending

    @PostMapping("/forloeb/{id}/fortsaettelse")
    public String confirmContinuation(@PathVariable long id, @ModelAttribute("continuationForm") ContinuationForm form,
                                      BindingResult result, Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            ending.confirmContinuation(id, form.version(), form.note());
            return Flash.success(redirect, "course.continuation.confirmed", "/forloeb/" + id);
        }, () -> {
            model.addAttribute("view", courses.view(id));
            model.addAttribute("handoverForm", new CourseForms.HandoverForm(null));
            return "course/view";
        });
    }

    @GetMapping("/forloeb/{id}/afslut")
    public String endForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "afslut");
        EndForm form = new EndForm();
        form.setVersion(view.course().getVersion());
        form.setEndedOn(courses.today());
        model.addAttribute("form", form);
        return showEnd(view, form, model);
    }

    /**
     * Check your answers: the ending is checked as on the decision itself (C12) and nothing is saved; a
     * refusal is shown on the form, otherwise the ending is shown with each goal's outcome, to be confirmed.
     */
    @PostMapping("/forloeb/{id}/afslut/tjek")
    public String checkEnd(@PathVariable long id, @ModelAttribute("form") EndForm form, BindingResult result,
                           Model model) {
        return FormErrors.submit(result, () -> {
            model.addAttribute("ending", ending.review(id, form.getVersion(), ending(form)));
            withGoals(courses.forDecision(id, "afslut"), form, model);
            return "course/end-check";
        }, () -> showEnd(courses.forDecision(id, "afslut"), form, model));
    }

    /** "Ret" on the check page: the form again with all the input kept. */
    @PostMapping("/forloeb/{id}/afslut/ret")
    public String changeEnd(@PathVariable long id, @ModelAttribute("form") EndForm form, BindingResult result,
                            Model model) {
        return showEnd(courses.forDecision(id, "afslut"), form, model);
    }

    /** The confirmed ending (C12); a refusal found now goes back to the form with the errors at the fields. */
    @PostMapping("/forloeb/{id}/afslut")
    public String end(@PathVariable long id, @ModelAttribute("form") EndForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        return FormErrors.attempt(result, () -> {
            ending.end(id, form.getVersion(), ending(form));
            // the confirmation page says what was saved and what happens next
            return "redirect:/forloeb/" + id + "/afsluttet";
        }, () -> showEnd(courses.forDecision(id, "afslut"), form, model));
    }

    /** The confirmation: what happens next (the reports still owed for the active period, §17, §14 stk. 2). */
    @GetMapping("/forloeb/{id}/afsluttet")
    public String ended(@PathVariable long id, Model model) {
        CourseView view = courses.view(id);
        if (!view.course().isEnded()) {
            return "redirect:/forloeb/" + id;
        }
        model.addAttribute("view", view);
        return "course/ended";
    }

    /** The form's ending; outcomes by goal position (1, 2, ...), unanswered ones left out. */
    private static MentorCourse.Ending ending(EndForm form) {
        List<CourseGoalOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < form.getOutcomes().size(); i++) {
            GoalOutcome outcome = CourseForms.parse(GoalOutcome.class, form.getOutcomes().get(i));
            if (outcome != null) {
                outcomes.add(new CourseGoalOutcome(i + 1, null, null, outcome));
            }
        }
        return new MentorCourse.Ending(CourseForms.parse(EndReason.class, form.getReason()), form.getEndedOn(),
                form.getNote(), outcomes);
    }

    private String showEnd(CourseView view, EndForm form, Model model) {
        withGoals(view, form, model);
        return "course/end";
    }

    /** The course and the goals of its current plan, one outcome field per goal (the form's and the check page's). */
    private static void withGoals(CourseView view, EndForm form, Model model) {
        List<Goal> goals = view.plan().map(p -> p.current().getGoals()).orElse(List.of());
        while (form.getOutcomes().size() < goals.size()) {
            form.getOutcomes().add(null);
        }
        model.addAttribute("view", view);
        model.addAttribute("goals", goals);
    }

    /**
     * No silent loss: with "revise the plan" ticked every typed goal row must be complete (an incomplete one
     * is an error at its field); unticked, plan fields the user changed would be thrown away, so the tick
     * is asked for instead.
     */
    private void requireNoSilentLoss(long id, ReviewForm form, BindingResult result) {
        if (form.isRevisePlan()) {
            form.incompleteGoals().forEach(violation -> FormErrors.add(result, violation));
            return;
        }
        courses.forDecision(id, "opfølgning").plan()
                .filter(plan -> form.differsFrom(plan.current()))
                .ifPresent(plan -> result.rejectValue("revisePlan", "meeting.review.planChangedNotRevised"));
    }

    /** A course decision's form page, with the course. */
    private static String page(CourseView view, Object form, Model model, String template) {
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        return template;
    }

    /** The page of a course decision again, with the course (as the service lets this user decide on it). */
    private String page(long id, String decision, Model model, String template) {
        model.addAttribute("view", courses.forDecision(id, decision));
        return template;
    }
}
