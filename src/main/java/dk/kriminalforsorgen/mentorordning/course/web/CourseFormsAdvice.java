package dk.kriminalforsorgen.mentorordning.course.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** What every course form needs: the choices of its selects, and the fields no form may set (AZ4). */
@ControllerAdvice(assignableTypes = {CourseController.class, CourseWorkController.class})
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CourseFormsAdvice {

    private final CourseOptions options;

    /** The choices of the forms (Thymeleaf may not call beans from fragment parameters). */
    @ModelAttribute
    void options(Model model) {
        model.addAttribute("needAreaOptions", options.needAreas());
        model.addAttribute("proposalOptions", options.proposals());
        model.addAttribute("endReasonOptions", options.endReasons());
        model.addAttribute("goalOutcomeOptions", options.goalOutcomes());
        model.addAttribute("expenseTypeOptions", options.expenseTypes());
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "areaId", "state", "clientName", "createdBy");
    }
}
