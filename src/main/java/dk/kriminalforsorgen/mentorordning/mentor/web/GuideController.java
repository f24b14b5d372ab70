package dk.kriminalforsorgen.mentorordning.mentor.web;

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

import dk.kriminalforsorgen.mentorordning.mentor.MentorGuides;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * Issue 17: the directorate edits the mentor guide; each save is a new version (the service refuses anyone else
 * with 403 as the route does). The form carries the version it started from (CI1).
 */
@Controller
@RequestMapping("/mentorguide")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GuideController {

    private final MentorGuides guides;

    public record GuideForm(Integer basedOn, String body) {
    }

    @GetMapping
    String edit(Model model) {
        var newest = guides.newest();
        model.addAttribute("form", new GuideForm(newest.map(MentorGuides.GuideVersion::number).orElse(null),
                newest.map(MentorGuides.GuideVersion::body).orElse("")));
        return page(model);
    }

    @PostMapping
    String save(@ModelAttribute("form") GuideForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(errors, () -> {
            int number = guides.save(form.basedOn(), form.body());
            redirect.addFlashAttribute("flashArgs", number);
            return Flash.success(redirect, "guide.saved", "/mentorguide");
        }, () -> page(model));
    }

    @GetMapping("/versioner/{number}")
    String version(@PathVariable int number, Model model) {
        model.addAttribute("version", guides.version(number));
        return "mentor/guide-version";
    }

    private String page(Model model) {
        model.addAttribute("versions", guides.versions());
        model.addAttribute("newest", guides.newest().orElse(null));
        return "mentor/guide";
    }
}
