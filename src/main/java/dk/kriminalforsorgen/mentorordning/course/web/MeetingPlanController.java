package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.ArrayList;
import java.util.List;

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

import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans;
import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans.PlanRow;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.CourseReading.CourseView;
import dk.kriminalforsorgen.mentorordning.course.web.MeetingPlanForms.CancelForm;
import dk.kriminalforsorgen.mentorordning.course.web.MeetingPlanForms.MoveForm;
import dk.kriminalforsorgen.mentorordning.course.web.MeetingPlanForms.OutcomeForm;
import dk.kriminalforsorgen.mentorordning.course.web.MeetingPlanForms.PlanForm;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * Meetings planned ahead on the course (issue 12): plan the kick-off (C5) or the next review (C8) with day, time, place
 * and participants, move or cancel it with a reason (the participants get an updated or cancelled invitation), and
 * afterwards record who attended and what was agreed, or why it was not held. Bad input is told at its field with the
 * rest kept; a plan changed meanwhile is told (CI1).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingPlanController {

    private final CourseReading courses;
    private final CourseMeetingPlans plans;

    @GetMapping("/forloeb/{id}/moeder/planlaeg")
    public String planForm(@PathVariable long id, Model model) {
        PlanForm form = new PlanForm();
        form.setDay(courses.today().plusDays(7));
        plans.suggestedOther(id).ifPresent(contact -> {
            form.setOtherName1(contact.name());
            form.setOtherEmail1(contact.email());
        });
        model.addAttribute("form", form);
        return planPage(id, model);
    }

    @PostMapping("/forloeb/{id}/moeder/planlaeg")
    public String plan(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        form.check(result);
        return FormErrors.submit(result, () -> {
            plans.plan(id, form.input());
            return Flash.success(redirect, "meeting.plan.saved", "/forloeb/" + id);
        }, () -> planPage(id, model));
    }

    private String planPage(long id, Model model) {
        CourseView view = courses.forDecision(id, "planlæg møde");
        model.addAttribute("view", view);
        model.addAttribute("kind", plans.nextKind(id));
        return "course/meeting-plan";
    }

    @GetMapping("/forloeb/{id}/moeder/{planId}/flyt")
    public String moveForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlanRow row = plans.plan(id, planId);
        MoveForm form = new MoveForm();
        form.load(row.plan());
        model.addAttribute("form", form);
        return page(id, row, model, "course/meeting-move");
    }

    @PostMapping("/forloeb/{id}/moeder/{planId}/flyt")
    public String move(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") MoveForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        form.check(result);
        return FormErrors.submit(result, () -> {
            plans.move(id, planId, version(form.getVersion()), form.slot(), form.getReason().strip());
            return Flash.success(redirect, "meeting.plan.moved", "/forloeb/" + id);
        }, () -> page(id, plans.plan(id, planId), model, "course/meeting-move"));
    }

    @GetMapping("/forloeb/{id}/moeder/{planId}/aflys")
    public String cancelForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlanRow row = plans.plan(id, planId);
        model.addAttribute("form", CancelForm.of(row.plan()));
        return page(id, row, model, "course/meeting-cancel");
    }

    @PostMapping("/forloeb/{id}/moeder/{planId}/aflys")
    public String cancel(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") CancelForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        MeetingPlanForms.requireText(result, "reason", form.getReason(), "meeting.plan.cancel.reason.required");
        return FormErrors.submit(result, () -> {
            plans.cancel(id, planId, version(form.getVersion()), form.getReason().strip());
            return Flash.success(redirect, "meeting.plan.cancelled", "/forloeb/" + id);
        }, () -> page(id, plans.plan(id, planId), model, "course/meeting-cancel"));
    }

    @GetMapping("/forloeb/{id}/moeder/{planId}/udfald")
    public String outcomeForm(@PathVariable long id, @PathVariable long planId, Model model) {
        PlanRow row = plans.plan(id, planId);
        model.addAttribute("form", OutcomeForm.of(row.plan(), row.participantNames().size()));
        return page(id, row, model, "course/meeting-outcome");
    }

    @PostMapping("/forloeb/{id}/moeder/{planId}/udfald")
    public String outcome(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") OutcomeForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        PlanRow row = plans.plan(id, planId);
        form.check(result);
        return FormErrors.submit(result, () -> {
            plans.recordOutcome(id, planId, version(form.getVersion()), new CourseMeetingPlans.Outcome(form.held(),
                    form.attendance(row.participantNames().size()), MeetingPlanForms.strip(form.getAgreements()),
                    MeetingPlanForms.strip(form.getReason())));
            return Flash.success(redirect, form.held() ? "meeting.plan.held" : "meeting.plan.notHeld",
                    "/forloeb/" + id);
        }, () -> page(id, row, model, "course/meeting-outcome"));
    }

    private String page(long id, PlanRow row, Model model, String template) {
        model.addAttribute("view", courses.forDecision(id, "planlagt møde"));
        model.addAttribute("row", row);
        List<Option> participants = new ArrayList<>();
        for (int i = 0; i < row.participantNames().size(); i++) {
            participants.add(Option.ofText(i, row.participantNames().get(i)));
        }
        model.addAttribute("participantOptions", participants);
        model.addAttribute("outcomeOptions", List.of(Option.ofKey("held", "meeting.plan.outcome.held"),
                Option.ofKey("notHeld", "meeting.plan.outcome.notHeld")));
        return template;
    }


    private static long version(Long version) {
        if (version == null) {
            throw new StaleEditException("meeting plan without version");
        }
        return version;
    }
}
