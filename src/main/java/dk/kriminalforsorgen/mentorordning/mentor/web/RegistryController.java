package dk.kriminalforsorgen.mentorordning.mentor.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.RegistrySearch;
import dk.kriminalforsorgen.mentorordning.mentor.Workload;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.CsvExport;

/** The national registry search (issue item 5) and the workload overview (M10). */
@Controller
@RequestMapping("/mentorer")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryController {

    private final RegistrySearch search;
    private final Workload workload;
    private final MentorOptions options;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    @GetMapping
    String search(@Valid @ModelAttribute("search") SearchForm form, BindingResult errors,
                  @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        CurrentUser user = currentUsers.require();
        boolean mayFilterAwaiting = user.is(Role.DIRECTORATE) || user.is(Role.COORDINATOR);
        model.addAttribute("statusOptions", options.statuses(mayFilterAwaiting));
        model.addAttribute("areaOptions", options.areas());
        model.addAttribute("needAreaOptions", options.needAreas());
        model.addAttribute("taskGroupOptions", options.taskGroups());
        model.addAttribute("languageOptions", options.searchLanguages());
        model.addAttribute("mayCreate", user.is(Role.COORDINATOR));
        if (!errors.hasErrors()) {
            model.addAttribute("result", search.search(form.toCriteria(page)));
            model.addAttribute("baseUrl", form.baseUrl());
        }
        return "mentor/search";
    }

    /**
     * Issue 12: the search's result as a spreadsheet, every page at once (at most {@link CsvExport#MAX_ROWS}),
     * each row as the page shows it; streamed and audited. Invalid criteria lead back to the search page.
     */
    @GetMapping("/eksport.csv")
    String export(@Valid @ModelAttribute("search") SearchForm form, BindingResult errors, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return "redirect:" + form.baseUrl();
        }
        try (CsvExport csv = CsvExport.start(response, messages, "mentorregister", "export.mentor.id", "export.mentor.name",
                "export.mentor.status", "export.mentor.area", "export.mentor.city", "export.mentor.hoursOffered",
                "export.mentor.agreedHours", "export.mentor.capacityLeft", "export.mentor.vettingValidUntil",
                "export.mentor.languages", "export.mentor.needAreas")) {
            search.export(form.toCriteria(0), CsvExport.MAX_ROWS, row -> csv.row(row.id(), row.name(),
                    csv.text(row.status().messageKey()), row.areaName(), row.city(), row.hoursOffered(), row.agreedHours(),
                    row.capacityLeft(), row.showsVetting() ? row.vettingValidUntil() : null, String.join(", ", row.languages().stream().map(code -> csv.text("language." + code)).toList()),
                    String.join(", ", row.needAreas().stream().map(n -> csv.text("needArea." + n.name())).toList())));
        }
        return null;
    }

    @GetMapping("/kapacitet")
    String workload(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("rows", workload.nearCeiling(user.areaId(), 200));
        model.addAttribute("ceiling", workload.ceiling());
        return "mentor/workload";
    }
}
