package dk.kriminalforsorgen.mentorordning.mentor.web;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.DirectorateApprovals;
import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorAccounts;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitations;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;
import dk.kriminalforsorgen.mentorordning.mentor.MentorViews;
import dk.kriminalforsorgen.mentorordning.mentor.MentorViews.MentorView;
import dk.kriminalforsorgen.mentorordning.mentor.MentorStatus;
import dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.CheckForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.ConsentForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.DecisionForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.FlagForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.UnavailableForm;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * A mentor's record: create, view, edit, and the actions of the lifecycle (DOMAIN §4): consent and
 * record check (M7), the area's decisions, flagging for the directorate (M8), unavailability.
 * Thin: binds a form, calls one service method, redirects with a flash message; on a refused rule or
 * a stale version the page is shown again with the user's input (IN1, CI1).
 */
@Controller
@RequestMapping("/mentorer")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MentorController {

    private final MentorRegistry registry;
    private final MentorViews views;
    private final DirectorateApprovals approvals;
    private final MentorOptions options;
    private final MentorAccounts accounts;
    private final org.springframework.core.env.Environment environment;
    private final MentorTrainings trainings;

    // ---- create and edit ----

    @GetMapping("/ny")
    String newForm(Model model) {
        model.addAttribute("form", new MentorForm());
        return form(model, null);
    }

    @PostMapping("/ny")
    String create(@Valid @ModelAttribute("form") MentorForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        String cpr = form.takeCpr();
        return FormErrors.submit(errors, () -> {
            Mentor mentor = registry.register(form.toProfile(), cpr, form.getReason());
            return Flash.success(redirect, "mentor.created", "/mentorer/" + mentor.getId());
        }, () -> form(model, null));
    }

    @GetMapping("/{id}/rediger")
    String editForm(@PathVariable long id, Model model) {
        Mentor mentor = registry.forEdit(id);
        model.addAttribute("form", MentorForm.of(mentor));
        return form(model, mentor);
    }

    @PostMapping("/{id}/rediger")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MentorForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        String cpr = form.takeCpr();
        return FormErrors.submit(errors, () -> {
            registry.update(id, form.getVersion(), form.toProfile(), cpr);
            return Flash.success(redirect, "mentor.updated", "/mentorer/" + id);
        }, () -> form(model, registry.forEdit(id)));
    }

    private String form(Model model, Mentor mentor) {
        model.addAttribute("mentor", mentor);
        model.addAttribute("needAreaOptions", options.needAreas());
        model.addAttribute("taskGroupOptions", options.taskGroups());
        model.addAttribute("languageOptions", options.languages());
        model.addAttribute("unitOptions", options.units());
        model.addAttribute("action", mentor == null ? "/mentorer/ny" : "/mentorer/" + mentor.getId() + "/rediger");
        return "mentor/form";
    }

    // ---- view ----

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        return page(id, model);
    }

    // ---- M7 vetting ----

    @PostMapping("/{id}/samtykke")
    String consent(@PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "mentor.consent.recorded",
                () -> registry.recordConsent(id, form.getVersion(), form.getConsentGivenOn()));
    }

    @PostMapping("/{id}/vandel")
    String check(@PathVariable long id, @Valid @ModelAttribute("checkForm") CheckForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "mentor.check.recorded",
                () -> registry.recordCheck(id, form.getVersion(), form.getCheckedOn(), form.getResult(), form.getNotes()));
    }

    // ---- decisions ----

    @PostMapping("/{id}/afgoerelse")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "mentor.decision.recorded",
                () -> registry.decide(id, form.getVersion(), form.getDecision(), form.getReason()));
    }

    /** M8: the area flags a registered candidate it finds suitable for the directorate's approval. */
    @PostMapping("/{id}/indstil")
    String flag(@PathVariable long id, @Valid @ModelAttribute("flagForm") FlagForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "mentor.flagged",
                () -> approvals.flag(id, form.getVersion(), form.getJustification()));
    }

    /**
     * Issue 14: the coordinator invites the (approved) mentor to their own account. The one-time link is rendered by
     * this POST once, for hand-over, and stored nowhere in clear.
     */
    @PostMapping("/{id}/inviter")
    String invite(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            AccountInvitations.Issued issued = accounts.invite(id);
            model.addAttribute("issued", issued);
            model.addAttribute("invitationUrl", environment.getProperty("mentorordning.notification.base-url", "")
                    + issued.path());
            model.addAttribute("backUrl", "/mentorer/" + id);
            return "account/issued";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("flashInfo", "mentor.invite.notApproved");
            return "redirect:/mentorer/" + id;
        }
    }

    @PostMapping("/{id}/utilgaengelig")
    String unavailable(@PathVariable long id, @Valid @ModelAttribute("unavailableForm") UnavailableForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        return act(id, errors, model, redirect, "mentor.availability.saved",
                () -> registry.setUnavailable(id, form.getVersion(), form.getUnavailableUntil()));
    }

    private String act(long id, BindingResult errors, Model model, RedirectAttributes redirect, String success,
                       Runnable action) {
        return FormErrors.submit(errors, () -> {
            action.run();
            return Flash.success(redirect, success, "/mentorer/" + id);
        }, () -> page(id, model));
    }

    /** The mentor page with every action form; a form already in the model (with errors) is kept. */
    private String page(long id, Model model) {
        MentorView view = views.view(id);
        Mentor mentor = view.mentor();
        model.addAttribute("view", view);
        model.addAttribute("mentor", mentor);
        MentorStatus shownStatus = view.recordDetailsVisible() ? mentor.getStatus() : mentor.getStatus().publicView();
        model.addAttribute("shownStatus", shownStatus);
        model.addAttribute("cases", approvals.casesOf(mentor));
        model.addAttribute("trainings", trainings.of(id)); // issue 17, shown by mentor/training :: section
        long version = mentor.getVersion();
        if (!model.containsAttribute("consentForm")) {
            ConsentForm f = new ConsentForm();
            f.setVersion(version);
            model.addAttribute("consentForm", f);
        }
        if (!model.containsAttribute("checkForm")) {
            CheckForm f = new CheckForm();
            f.setVersion(version);
            model.addAttribute("checkForm", f);
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm f = new DecisionForm();
            f.setVersion(version);
            model.addAttribute("decisionForm", f);
        }
        if (!model.containsAttribute("flagForm")) {
            FlagForm f = new FlagForm();
            f.setVersion(version);
            model.addAttribute("flagForm", f);
        }
        if (!model.containsAttribute("unavailableForm")) {
            UnavailableForm f = new UnavailableForm();
            f.setUnavailableUntil(mentor.getUnavailableUntil());
            f.setVersion(version);
            model.addAttribute("unavailableForm", f);
        }
        model.addAttribute("decisionOptions", decisionOptions(mentor));
        model.addAttribute("recordResultOptions", options.recordResults());
        return "mentor/view";
    }

    /** Only the decisions the current status allows (the aggregate still guards them). */
    private static List<Option> decisionOptions(Mentor mentor) {
        List<Option> result = new ArrayList<>();
        MentorStatus s = mentor.getStatus();
        if (s == MentorStatus.VETTING && mentor.vetting().isChecked() && !mentor.vetting().isRegistered()) {
            result.add(Option.ofKey(AreaDecision.APPROVE, "mentor.decision.APPROVE"));
        }
        if (s == MentorStatus.APPLICANT || s == MentorStatus.VETTING) {
            result.add(Option.ofKey(AreaDecision.REJECT, "mentor.decision.REJECT"));
        }
        if (s == MentorStatus.APPROVED) {
            result.add(Option.ofKey(AreaDecision.DEACTIVATE, "mentor.decision.DEACTIVATE"));
        }
        if (s == MentorStatus.INACTIVE) {
            result.add(Option.ofKey(AreaDecision.REACTIVATE, "mentor.decision.REACTIVATE"));
        }
        if (s.canMoveTo(MentorStatus.RETIRED)) {
            result.add(Option.ofKey(AreaDecision.RETIRE, "mentor.decision.RETIRE"));
        }
        return result;
    }
}
