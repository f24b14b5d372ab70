package dk.kriminalforsorgen.mentorordning.shared;

import java.util.Arrays;

/**
 * A legal or business rule refused an action. Carries the rule ID of DOMAIN.md or SECURITY.md
 * (for example "M10" or "AS1"), the message key of the Danish text and, when the rule concerns one
 * form field, that field, so the controller can show the message next to it.
 */
public class RuleViolation extends RuntimeException {

    private final String ruleId;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String ruleId, String messageKey, String field, Object... arguments) {
        super(ruleId + ": " + messageKey);
        this.ruleId = ruleId;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static RuleViolation onField(String ruleId, String field, String messageKey, Object... arguments) {
        return new RuleViolation(ruleId, messageKey, field, arguments);
    }

    public static RuleViolation general(String ruleId, String messageKey, Object... arguments) {
        return new RuleViolation(ruleId, messageKey, null, arguments);
    }

    public String ruleId() {
        return ruleId;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the violation belongs to, or null for a page-level message. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
