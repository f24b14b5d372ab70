package dk.kriminalforsorgen.mentorordning.mentor.web;

import jakarta.validation.Valid;

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

/** The national registry search (issue item 5) and the workload overview (M10). */
@Controller
@RequestMapping("/mentorer")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryController {

    private final RegistrySearch search;
    private final Workload workload;
    private final MentorOptions options;
    private final CurrentUsers currentUsers;

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

    @GetMapping("/kapacitet")
    String workload(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("rows", workload.nearCeiling(user.areaId(), 200));
        model.addAttribute("ceiling", workload.ceiling());
        return "mentor/workload";
    }
}
