package dk.kriminalforsorgen.mentorordning.journal.web;

import java.time.Clock;
import java.time.LocalDate;

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

import dk.kriminalforsorgen.mentorordning.journal.internal.JournalEntry;
import dk.kriminalforsorgen.mentorordning.journal.internal.JournalService;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * A course's journal for staff: the entries newest first, a page at a time, with the form to add one (also on the
 * course page), and the correction of an entry (a new entry; the corrected one stays). Another area's course answers
 * 404 (the service checks and audits); a double submit saves once (CI3, the form token).
 */
@Controller
@RequestMapping("/forloeb/{courseId}/journal")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffJournalController {

    static final String FORM = "journalForm";
    /** The course page's form sends this, so a saved entry goes back there. */
    static final String FROM_COURSE = "forloeb";

    private final JournalService journal;
    private final Clock clock;

    @GetMapping
    String journal(@PathVariable long courseId, @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        model.addAttribute(FORM, JournalForm.on(LocalDate.now(clock)));
        return show(courseId, page, model);
    }

    @PostMapping
    String write(@PathVariable long courseId, @ModelAttribute(FORM) JournalForm form, BindingResult binding,
                 @RequestParam(name = "fra", required = false) String from, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            long id = journal.write(courseId, form.input());
            return Flash.success(redirect, "journal.saved", FROM_COURSE.equals(from)
                    ? "/forloeb/" + courseId + "#journal" : "/forloeb/" + courseId + "/journal#notat-" + id);
        }, () -> show(courseId, 0, model));
    }

    @GetMapping("/{entryId}/ret")
    String correction(@PathVariable long courseId, @PathVariable long entryId, Model model) {
        JournalEntry original = journal.correctable(courseId, entryId);
        model.addAttribute(FORM, JournalForm.of(original));
        return showCorrection(original, model);
    }

    @PostMapping("/{entryId}/ret")
    String correct(@PathVariable long courseId, @PathVariable long entryId, @ModelAttribute(FORM) JournalForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            long id = journal.correct(courseId, entryId, form.input());
            return Flash.success(redirect, "journal.corrected", "/forloeb/" + courseId + "/journal#notat-" + id);
        }, () -> showCorrection(journal.visibleEntry(courseId, entryId), model));
    }

    private String show(long courseId, int page, Model model) {
        model.addAttribute("view", journal.staffPage(courseId, page));
        addOptions(model);
        return "journal/course";
    }

    private String showCorrection(JournalEntry original, Model model) {
        model.addAttribute("original", original);
        model.addAttribute("originalList", java.util.List.of(original));
        addOptions(model);
        return "journal/correct";
    }

    private static void addOptions(Model model) {
        model.addAttribute("kindOptions", JournalOptions.staffKinds());
        model.addAttribute("visibilityOptions", JournalOptions.visibilities());
    }
}
