package dk.kriminalforsorgen.mentorordning.shared.web;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page, and binding defaults for every form. */
@ControllerAdvice
public class LayoutModelAdvice {

    /** Form fields holding a password are bound exactly as typed: spaces are part of a password. */
    public static final String[] PASSWORD_FIELDS = {"password", "newPassword"};

    /** The request path, so the navigation can mark the current section (aria-current). */
    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * AZ4: forms bind to form objects that declare only what a user may set; on top of that no form
     * may set an id or authorship. Text is trimmed and blank text becomes null, so "required" means
     * something.
     */
    @InitBinder
    public void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "createdBy", "createdAt");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        for (String field : PASSWORD_FIELDS) {
            binder.registerCustomEditor(String.class, field, new AsTyped());
        }
    }

    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
