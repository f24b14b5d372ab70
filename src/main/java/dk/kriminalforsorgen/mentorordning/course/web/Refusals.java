package dk.kriminalforsorgen.mentorordning.course.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/** Puts a refused course action on its form (IN1): every rule with its paragraph, or the stale-edit message (CI1). */
final class Refusals {

    private Refusals() {
    }

    /** Returns true when the exception was a refusal shown on the form; rethrows anything else. */
    static boolean show(BindingResult form, RuntimeException e) {
        if (e instanceof Refusal refused) {
            refused.violations().forEach(v -> add(form, v));
            return true;
        }
        if (e instanceof StaleEditException || e instanceof OptimisticLockingFailureException) {
            FormErrors.staleEdit(form);
            return true;
        }
        throw e;
    }

    private static void add(BindingResult form, RuleViolation violation) {
        if (violation.field() != null && isField(form, violation.field())) {
            FormErrors.add(form, violation);
        } else {
            form.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
