package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.format.annotation.DateTimeFormat;
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

import dk.kriminalforsorgen.mentorordning.mentor.MentorTraining;
import dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings;
import dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings.TrainingInput;
import dk.kriminalforsorgen.mentorordning.mentor.MentorViews;
import dk.kriminalforsorgen.mentorordning.mentor.TrainingKind;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * Issue 17: a coordinator of the mentor's home area records a training the mentor took, or corrects one (its own
 * page each, so the mentor's page only lists them). Another area's mentor answers 404 (the service checks, AZ2).
 */
@Controller
@RequestMapping("/mentorer/{id}/kurser")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrainingController {

    private final MentorTrainings trainings;
    private final MentorViews views;

    /** The form; hours are typed the Danish way ("7,5") and parsed here so a typing error keeps the other input. */
    public static class TrainingForm {
        private String kind;
        private String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate takenOn;
        private String hours;
        private long version;

        static TrainingForm of(MentorTraining t) {
            TrainingForm f = new TrainingForm();
            f.kind = t.getKind().name();
            f.name = t.getName();
            f.takenOn = t.getTakenOn();
            f.hours = t.getHours().stripTrailingZeros().toPlainString().replace('.', ',');
            f.version = t.getVersion();
            return f;
        }

        TrainingInput input(BindingResult errors) {
            BigDecimal parsed = null;
            if (hours != null && !hours.isBlank()) {
                try {
                    parsed = new BigDecimal(hours.strip().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    errors.rejectValue("hours", "mentor.training.hoursInvalid", new Object[] {500}, null);
                }
            }
            TrainingKind k = Arrays.stream(TrainingKind.values()).filter(v -> v.name().equals(kind)).findFirst()
                    .orElse(null);
            return new TrainingInput(k, name, takenOn, parsed);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getTakenOn() { return takenOn; }
        public void setTakenOn(LocalDate takenOn) { this.takenOn = takenOn; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    @GetMapping("/ny")
    String newForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new TrainingForm());
        return page(id, null, model);
    }

    @PostMapping("/ny")
    String record(@PathVariable long id, @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        TrainingInput input = form.input(errors);
        return FormErrors.submit(errors, () -> {
            trainings.record(id, input);
            return Flash.success(redirect, "mentor.training.recorded", "/mentorer/" + id);
        }, () -> page(id, null, model));
    }

    @GetMapping("/{trainingId}")
    String correctForm(@PathVariable long id, @PathVariable long trainingId, Model model) {
        model.addAttribute("form", TrainingForm.of(trainings.forCorrection(id, trainingId)));
        return page(id, trainingId, model);
    }

    @PostMapping("/{trainingId}")
    String correct(@PathVariable long id, @PathVariable long trainingId, @ModelAttribute("form") TrainingForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingInput input = form.input(errors);
        return FormErrors.submit(errors, () -> {
            trainings.correct(id, trainingId, form.getVersion(), input);
            return Flash.success(redirect, "mentor.training.corrected", "/mentorer/" + id);
        }, () -> page(id, trainingId, model));
    }

    private String page(long id, Long trainingId, Model model) {
        if (trainingId != null) {
            trainings.forCorrection(id, trainingId); // 404 for another area's mentor or another mentor's training
        } else {
            trainings.requireChangeable(id);
        }
        model.addAttribute("view", views.view(id));
        model.addAttribute("trainingId", trainingId);
        model.addAttribute("kindOptions", Arrays.stream(TrainingKind.values())
                .map(k -> Option.ofKey(k, k.messageKey())).toList());
        return "mentor/training-form";
    }
}
