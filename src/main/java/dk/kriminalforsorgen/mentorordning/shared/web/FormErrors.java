package dk.kriminalforsorgen.mentorordning.shared.web;

import java.util.Arrays;

import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Puts a refused rule on the form: next to its field when it has one, else at the top (IN1). Dates and
 * decimals among the message arguments are shown the Danish way ({@link DanishFormat#argument}).
 */
public final class FormErrors {

    public static final String STALE_EDIT = "conflict.staleEdit";

    private FormErrors() {
    }

    public static void add(BindingResult form, RuleViolation violation) {
        Object[] arguments = Arrays.stream(violation.arguments()).map(DanishFormat::argument).toArray();
        if (violation.field() != null) {
            form.rejectValue(violation.field(), violation.messageKey(), arguments, violation.messageKey());
        } else {
            form.reject(violation.messageKey(), arguments, violation.messageKey());
        }
    }

    /** Puts every violation of a refusal on the form, each at its field or at the top. */
    public static void add(BindingResult form, Refusal refusal) {
        refusal.violations().forEach(violation -> add(form, violation));
    }

    /** CI1: someone else saved first; the user keeps their input and is told. */
    public static void staleEdit(BindingResult form) {
        form.reject(STALE_EDIT, STALE_EDIT);
    }
}
