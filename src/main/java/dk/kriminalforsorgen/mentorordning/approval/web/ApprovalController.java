package dk.kriminalforsorgen.mentorordning.approval.web;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.approval.ApprovalDecision;
import dk.kriminalforsorgen.mentorordning.approval.ApprovalService;
import dk.kriminalforsorgen.mentorordning.approval.ApprovalService.CaseView;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments;
import dk.kriminalforsorgen.mentorordning.shared.web.PdfDocuments.Letterhead;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/** The directorate's approval queue and decisions (M8, §7 stk. 2). */
@Controller
@RequestMapping("/godkendelser")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalController {

    private final ApprovalService approvals;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    @GetMapping
    String queue(@RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        ApprovalService.QueuePage queue = approvals.queue(page);
        model.addAttribute("queue", queue);
        model.addAttribute("items", queue.items());
        model.addAttribute("baseUrl", "/godkendelser");
        return "approval/queue";
    }

    @GetMapping("/{id}")
    String open(@PathVariable long id, Model model) {
        return page(id, model, null);
    }

    /** Check your answers: the decision as it will be recorded, before it is (nothing saved here). */
    @PostMapping("/{id}/tjek")
    String check(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors,
                 Model model) {
        return FormErrors.submit(errors, () -> {
            model.addAttribute("view", approvals.review(id, form.getVersion(), form.getDecision(), form.getReason()));
            return "approval/check";
        }, () -> page(id, model, form));
    }

    /** "Ret" on the check page: the form again with everything the user gave. */
    @PostMapping("/{id}/ret")
    String change(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  Model model) {
        return page(id, model, form);
    }

    /** The confirmed decision (M8); a refusal found now goes back to the form with the errors at the fields. */
    @PostMapping("/{id}")
    String decide(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                approvals.decide(id, form.getVersion(), form.getDecision(), form.getReason());
                // the confirmation page says what was decided and what happens next
                return "redirect:/godkendelser/" + id + "/afgjort";
            } catch (Refusal violation) {
                FormErrors.add(errors, violation);
            } catch (OptimisticLockingFailureException stale) {
                errors.reject("approval.alreadyDecided", "approval.alreadyDecided");
            }
        }
        return page(id, model, form);
    }

    /** The confirmation: what was decided and what happens next (the area's coordinators are told). */
    @GetMapping("/{id}/afgjort")
    String decided(@PathVariable long id, Model model) {
        CaseView view = approvals.open(id);
        if (!view.approvalCase().isDecided()) {
            return "redirect:/godkendelser/" + id;
        }
        model.addAttribute("view", view);
        return "approval/decided";
    }

    /** Issue 12: the decided case as the directorate's PDF letter (§7 stk. 2). */
    @GetMapping("/{id}/afgoerelse.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
        CaseView view = approvals.decisionDocument(id);
        Letterhead letterhead = new Letterhead(text("document.approval.title"), text("document.senderDirectorate"),
                text("document.approvalReference", String.valueOf(id)));
        return pdf.download("documents/approval-decision", letterhead, Map.of("doc", view),
                "godkendelsesafgoerelse-" + id + ".pdf");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    private String page(long id, Model model, DecisionForm form) {
        CaseView view = approvals.open(id);
        model.addAttribute("view", view);
        if (form == null) {
            DecisionForm fresh = new DecisionForm();
            fresh.setVersion(view.approvalCase().getVersion());
            model.addAttribute("form", fresh);
        }
        model.addAttribute("decisionOptions", Arrays.stream(ApprovalDecision.values())
                .map(d -> Option.ofKey(d, "approval.choose." + d.name())).toList());
        return "approval/case";
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        /** AZ1: the approval queue is the directorate's (M8). */
        @Bean
        dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess approvalRoutes() {
            return routes -> routes
                    // issue 12: the decision letter also for the flagging area's coordinators (AZ3)
                    .requestMatchers(org.springframework.http.HttpMethod.GET, "/godkendelser/*/afgoerelse.pdf")
                    .hasAnyRole(dk.kriminalforsorgen.mentorordning.security.Role.DIRECTORATE.name(),
                            dk.kriminalforsorgen.mentorordning.security.Role.COORDINATOR.name())
                    .requestMatchers("/godkendelser", "/godkendelser/**")
                    .hasRole(dk.kriminalforsorgen.mentorordning.security.Role.DIRECTORATE.name());
        }

        @Bean
        dk.kriminalforsorgen.mentorordning.security.NavigationEntry approvalNavigation() {
            return new dk.kriminalforsorgen.mentorordning.security.NavigationEntry(20, "/godkendelser",
                    "nav.approvals", java.util.EnumSet.of(dk.kriminalforsorgen.mentorordning.security.Role.DIRECTORATE));
        }
    }
}
