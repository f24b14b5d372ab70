package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * A rule that refuses a whole page rather than a field (for example C1: the area the course was handed
 * over from opens a decision form) takes the user back to the course page with the rule's Danish message
 * naming the paragraph, instead of an error page. Form handlers show field-level refusals themselves.
 */
@ControllerAdvice(assignableTypes = {CourseController.class, CourseWorkController.class})
public class CourseRefusalAdvice {

    @ExceptionHandler(Refusal.class)
    public String refused(Refusal e, HttpServletRequest request, RedirectAttributes redirect) {
        RuleViolation violation = e.first();
        redirect.addFlashAttribute("flashInfo", violation.messageKey());
        redirect.addFlashAttribute("flashArgs", violation.arguments().length == 0 ? null : violation.arguments()[0]);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        return id == null || !id.matches("\\d+") ? "redirect:/forloeb" : "redirect:/forloeb/" + id;
    }
}
