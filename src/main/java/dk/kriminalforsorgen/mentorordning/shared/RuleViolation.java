package dk.kriminalforsorgen.mentorordning.shared;

import java.util.Arrays;

/**
 * One reason an action is refused: the {@link Ground} (a legal {@link Rule} or a named {@link Check}),
 * the message key of the Danish text and, when it concerns one form field, that field, so the page
 * can show the message next to it. A value; {@link Refusal} is what is thrown.
 */
public record RuleViolation(Ground ground, String messageKey, String field, Object[] arguments) {

    public RuleViolation {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static RuleViolation onField(Ground ground, String field, String messageKey, Object... arguments) {
        return new RuleViolation(ground, messageKey, field, arguments);
    }

    public static RuleViolation general(Ground ground, String messageKey, Object... arguments) {
        return new RuleViolation(ground, messageKey, null, arguments);
    }

    /** The ID of the rule or check, e.g. "C1" or "INPUT". */
    public String ruleId() {
        return ground.id();
    }

    @Override
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleViolation other && other.ground == ground && other.messageKey.equals(messageKey)
                && java.util.Objects.equals(other.field, field) && Arrays.equals(other.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ground, messageKey, field);
    }

    @Override
    public String toString() {
        return ground.id() + (field == null ? "" : "@" + field) + ": " + messageKey;
    }
}
