package dk.kriminalforsorgen.mentorordning.journal.web;

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

import dk.kriminalforsorgen.mentorordning.journal.internal.JournalService;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * The mentor's journal of their own active course (in the mentor's area, {@code /mine-forloeb}): the entries marked
 * for the mentor, and the form to write to the responsible person (a help request, a problem report or a wish to end
 * the course). Any other course answers 404 (the service checks and audits).
 */
@Controller
@RequestMapping("/mine-forloeb/{courseId}/journal")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MentorJournalController {

    static final String FORM = "messageForm";

    private final JournalService journal;

    @GetMapping
    String journal(@PathVariable long courseId, @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        model.addAttribute(FORM, new MentorMessageForm());
        return show(courseId, page, model);
    }

    @PostMapping
    String write(@PathVariable long courseId, @ModelAttribute(FORM) MentorMessageForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            long id = journal.writeAsMentor(courseId, form.getKind(), form.getText());
            return Flash.success(redirect, "journal.mentor.sent", "/mine-forloeb/" + courseId + "/journal#notat-" + id);
        }, () -> show(courseId, 0, model));
    }

    private String show(long courseId, int page, Model model) {
        model.addAttribute("entries", journal.mentorPage(courseId, page));
        model.addAttribute("courseId", courseId);
        model.addAttribute("kindOptions", JournalOptions.mentorKinds());
        return "journal/mine";
    }
}
