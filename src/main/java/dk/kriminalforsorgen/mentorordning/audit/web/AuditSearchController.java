package dk.kriminalforsorgen.mentorordning.audit.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditEvent;
import dk.kriminalforsorgen.mentorordning.audit.AuditSearch;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * The directorate's search of the audit log at {@code /admin/revision} (AU1): newest first, one page
 * at a time. Every search is itself audited with its criteria by {@link AuditSearch}. Its URL rule
 * and menu item are declared by the security feature, so this package does not depend on it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditSearchController {

    static final String PATH = "/admin/revision";

    private final AuditSearch auditSearch;
    private final AuditDescriptions descriptions;

    /** One row as the page shows it: the time in Danish time, the action, subject and details in Danish. */
    public record Row(String time, String action, String subjectType, String details, AuditEvent event) {
    }

    @GetMapping(PATH)
    public String search(@ModelAttribute("form") AuditSearchForm form, BindingResult binding,
                         @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
            binding.rejectValue("to", "audit.search.toBeforeFrom", "audit.search.toBeforeFrom");
        }
        if (!binding.hasErrors()) {
            AuditSearch.Page result = auditSearch.search(form.criteria(), page);
            model.addAttribute("rows", result.events().stream()
                    .map(event -> new Row(DanishFormat.timestamp(event.occurredAt()), descriptions.action(event.action()),
                            descriptions.subjectType(event.subjectType()), descriptions.details(event.details()), event))
                    .toList());
            model.addAttribute("page", result.page());
            model.addAttribute("hasNext", result.hasNext());
            model.addAttribute("baseUrl", baseUrl(form));
        }
        List<Option> actions = auditSearch.actions().stream()
                .map(action -> Option.ofText(action, descriptions.action(action))).toList();
        model.addAttribute("actionOptions", actions);
        return "admin/audit";
    }

    private static String baseUrl(AuditSearchForm form) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("username", Optional.ofNullable(form.getUsername()))
                .queryParamIfPresent("action", Optional.ofNullable(form.getAction()))
                .queryParamIfPresent("subjectType", Optional.ofNullable(form.getSubjectType()))
                .queryParamIfPresent("subjectId", Optional.ofNullable(form.getSubjectId()))
                .queryParamIfPresent("from", Optional.ofNullable(form.getFrom()))
                .queryParamIfPresent("to", Optional.ofNullable(form.getTo()))
                .build().encode().toUriString();
    }
}
