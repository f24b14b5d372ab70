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
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
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
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        return "course/kickoff";
    }

    @PostMapping("/forloeb/{id}/opstartsmoede")
    public String kickOff(@PathVariable long id, @ModelAttribute("form") KickOffForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        requireText(result, "participants", form.getParticipants(), "meeting.participants.required");
        requireText(result, "agreements", form.getAgreements(), "meeting.kickOff.agreementsRequired");
        if (form.getHeldOn() == null) {
            result.rejectValue("heldOn", "meeting.heldOn.required");
        }
        if (!result.hasErrors()) {
            String next = FormErrors.attempt(result, () -> {
                meetings.recordKickOff(id, new Meetings.Held(form.getHeldOn(), form.getParticipants().strip(),
                        form.getAgreements().strip()));
                redirect.addFlashAttribute("flashSuccess", "meeting.kickOff.saved");
                return "redirect:/forloeb/" + id;
            });
            if (next != null) {
                return next;
            }
        }
        model.addAttribute("view", courses.forDecision(id, "opstartsmøde"));
        return "course/kickoff";
    }

    @GetMapping("/forloeb/{id}/opfoelgning")
    public String reviewForm(@PathVariable long id, Model model) {
        CourseView view = courses.forDecision(id, "opfølgning");
        ReviewForm form = new ReviewForm();
        form.setHeldOn(courses.today());
        view.plan().ifPresent(p -> form.load(p.current(), p.plan().getVersion()));
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        return "course/review";
    }

    @PostMapping("/forloeb/{id}/opfoelgning")
    public String review(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        requireText(result, "participants", form.getParticipants(), "meeting.participants.required");
        requireText(result, "agreements", form.getAgreements(), "meeting.review.summaryRequired");
        if (form.getHeldOn() == null) {
            result.rejectValue("heldOn", "meeting.heldOn.required");
        }
        requireNoSilentLoss(id, form, result);
        if (!result.hasErrors()) {
            String next = FormErrors.attempt(result, () -> {
                var newVersion = meetings.recordReview(id, new Meetings.Held(form.getHeldOn(),
                        form.getParticipants().strip(), form.getAgreements().strip()), form.getPlanVersion(),
                        form.isRevisePlan() ? form.content() : null);
                redirect.addFlashAttribute("flashSuccess", newVersion.isPresent() ? "meeting.review.savedWithPlan"
                        : "meeting.review.saved");
                redirect.addFlashAttribute("flashArgs", newVersion.orElse(null));
                return "redirect:/forloeb/" + id;
            });
            if (next != null) {
                return next;
            }
        }
        form.fill();
        model.addAttribute("view", courses.forDecision(id, "opfølgning"));
        return "course/review";
    }

    // ---------------------------------------------------------------- fee and grants

    @GetMapping("/forloeb/{id}/honorar")
    public String feeForm(@PathVariable long id, Model model) {
        FeeForm form = new FeeForm();
        form.setValidFrom(courses.today());
        model.addAttribute("form", form);
        model.addAttribute("view", courses.forDecision(id, "honorar"));
        return "course/fee";
    }

    @PostMapping("/forloeb/{id}/honorar")
    public String setFee(@PathVariable long id, @ModelAttribute("form") FeeForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            String next = FormErrors.attempt(result, () -> {
                money.setFee(id, form.getMonthlyAmount(), form.getValidFrom(), form.getBasis());
                redirect.addFlashAttribute("flashSuccess", "course.fee.saved");
                return "redirect:/forloeb/" + id + "/honorar";
            });
            if (next != null) {
                return next;
            }
        }
        model.addAttribute("view", courses.forDecision(id, "honorar"));
        return "course/fee";
    }

    @GetMapping("/forloeb/{id}/tilskud")
    public String grantForm(@PathVariable long id, Model model) {
        GrantForm form = new GrantForm();
        form.setExpenseType(ExpenseType.ACTIVITY.name());
        model.addAttribute("form", form);
        model.addAttribute("view", courses.forDecision(id, "tilskud"));
        return "course/grants";
    }

    @PostMapping("/forloeb/{id}/tilskud")
    public String grant(@PathVariable long id, @ModelAttribute("form") GrantForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            String next = FormErrors.attempt(result, () -> {
                money.grant(id, CourseForms.parse(ExpenseType.class, form.getExpenseType()), form.getPurpose(),
                        form.getAmount());
                redirect.addFlashAttribute("flashSuccess", "course.grant.saved");
                return "redirect:/forloeb/" + id + "/tilskud";
            });
            if (next != null) {
                return next;
            }
        }
        model.addAttribute("view", courses.forDecision(id, "tilskud"));
        return "course/grants";
    }

    // ---------------------------------------------------------------- continuation and ending

    @PostMapping("/forloeb/{id}/fortsaettelse")
    public String confirmContinuation(@PathVariable long id, @ModelAttribute("continuationForm") ContinuationForm form,
                                      BindingResult result, Model model, RedirectAttributes redirect) {
        String next = FormErrors.attempt(result, () -> {
            ending.confirmContinuation(id, form.version(), form.note());
            redirect.addFlashAttribute("flashSuccess", "course.continuation.confirmed");
            return "redirect:/forloeb/" + id;
        });
        if (next != null) {
            return next;
        }
        model.addAttribute("view", courses.view(id));
        model.addAttribute("handoverForm", new CourseForms.HandoverForm(null));
        return "course/view";
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
        if (!result.hasErrors()) {
            String next = FormErrors.attempt(result, () -> {
                model.addAttribute("ending", ending.review(id, form.getVersion(), ending(form)));
                withGoals(courses.forDecision(id, "afslut"), form, model);
                return "course/end-check";
            });
            if (next != null) {
                return next;
            }
        }
        return showEnd(courses.forDecision(id, "afslut"), form, model);
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
        String next = FormErrors.attempt(result, () -> {
            ending.end(id, form.getVersion(), ending(form));
            // the confirmation page says what was saved and what happens next
            return "redirect:/forloeb/" + id + "/afsluttet";
        });
        if (next != null) {
            return next;
        }
        return showEnd(courses.forDecision(id, "afslut"), form, model);
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

    private static void requireText(BindingResult result, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, key);
        }
    }
}
