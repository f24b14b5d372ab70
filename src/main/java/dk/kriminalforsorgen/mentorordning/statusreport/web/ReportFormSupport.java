package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportKind;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;

/** What the report forms of caseworkers and mentors share: the form's name and its choices. */
final class ReportFormSupport {

    static final String FORM = "form";
    static final String BINDING = BindingResult.MODEL_KEY_PREFIX + FORM;

    private ReportFormSupport() {
    }

    /** The form's choices and the plan's goals; the newest month first. */
    static void addFormModel(Model model, ReportViews.FormContext context) {
        List<Option> months = new ArrayList<>();
        for (int i = context.months().size() - 1; i >= 0; i--) {
            YearMonth month = context.months().get(i);
            months.add(Option.ofText(month, DanishFormat.month(month)));
        }
        List<Option> kinds = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            kinds.add(Option.ofKey(kind, kind.messageKey()));
        }
        model.addAttribute("context", context);
        model.addAttribute("course", context.course());
        model.addAttribute("goals", context.goals());
        model.addAttribute("taskGroups", List.of(TaskGroup.values()));
        model.addAttribute("monthOptions", months);
        model.addAttribute("kindOptions", kinds);
    }
}
