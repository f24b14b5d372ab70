package dk.kriminalforsorgen.mentorordning.shared.web;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Puts a refused rule on the form: next to its field when it has one, else at the top (IN1). Dates and
 * decimals among the message arguments are shown the Danish way ({@link DanishFormat#argument}).
 */
public final class FormErrors {

    public static final String STALE_EDIT = "conflict.staleEdit";

    private FormErrors() {
    }

    /**
     * Next to its field when the form has that field, else at the top: a rule that names a field of
     * another form (say the mentor chosen on the matching page, refused on the establishment form) is
     * still shown, never lost or turned into an error page.
     */
    public static void add(BindingResult form, RuleViolation violation) {
        Object[] arguments = Arrays.stream(violation.arguments()).map(DanishFormat::argument).toArray();
        if (violation.field() != null && hasField(form, violation.field())) {
            form.rejectValue(violation.field(), violation.messageKey(), arguments, violation.messageKey());
        } else {
            form.reject(violation.messageKey(), arguments, violation.messageKey());
        }
    }

    /** Puts every violation of a refusal on the form, each at its field or at the top. */
    public static void add(BindingResult form, Refusal refusal) {
        refusal.violations().forEach(violation -> add(form, violation));
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    /** CI1: someone else saved first; the user keeps their input and is told. */
    public static void staleEdit(BindingResult form) {
        form.reject(STALE_EDIT, STALE_EDIT);
    }

    /**
     * Runs a form's action and returns where it leads (a redirect or a page); a refusal (every violation at its field)
     * or a stale edit (CI1) goes on the form instead, and the result is {@code null}, so the controller shows the form
     * again with the user's input.
     */
    public static String attempt(BindingResult form, Supplier<String> action) {
        try {
            return action.get();
        } catch (Refusal refused) {
            add(form, refused);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            staleEdit(form);
        }
        return null;
    }

    /**
     * {@link #attempt(BindingResult, Supplier)} that shows the form again itself: where the action leads, or, when
     * it was refused or met a stale edit (now on the form), {@code formAgain}.
     */
    public static String attempt(BindingResult form, Supplier<String> action, Supplier<String> formAgain) {
        String next = attempt(form, action);
        return next != null ? next : formAgain.get();
    }

    /**
     * A form's post after its own checks: when they put anything on the form, or the action is refused or meets a
     * stale edit, the form is shown again ({@code formAgain}) and nothing is saved; otherwise where the action leads.
     */
    public static String submit(BindingResult form, Supplier<String> action, Supplier<String> formAgain) {
        return form.hasErrors() ? formAgain.get() : attempt(form, action, formAgain);
    }
}
