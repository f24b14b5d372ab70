package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Arrays;

/**
 * One rule's outcome for an appointment: met or not, with the Danish reason (message key and
 * arguments, naming the paragraph). {@code sensitive} outcomes reveal the vetting (AZ3); pages
 * for users without access show {@link #PUBLIC_VETTING_KEY} instead.
 */
public record RuleOutcome(String ruleId, boolean met, String messageKey, Object[] arguments, boolean sensitive) {

    public static final String PUBLIC_VETTING_KEY = "mentor.rule.vettingIncomplete";

    static RuleOutcome met(String ruleId, String messageKey, Object... arguments) {
        return new RuleOutcome(ruleId, true, messageKey, arguments, false);
    }

    static RuleOutcome notMet(String ruleId, String messageKey, Object... arguments) {
        return new RuleOutcome(ruleId, false, messageKey, arguments, false);
    }

    RuleOutcome asSensitive() {
        return new RuleOutcome(ruleId, met, messageKey, arguments, true);
    }

    /** The outcome as a user without access to the vetting details may see it (AZ3). */
    public RuleOutcome redacted() {
        if (!sensitive) {
            return this;
        }
        return new RuleOutcome(ruleId, met, met ? "mentor.rule.vettingComplete" : PUBLIC_VETTING_KEY, new Object[0], true);
    }

    @Override
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleOutcome other && other.ruleId.equals(ruleId) && other.met == met
                && other.messageKey.equals(messageKey) && Arrays.equals(other.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return ruleId.hashCode() * 31 + Boolean.hashCode(met);
    }

    @Override
    public String toString() {
        return ruleId + (met ? " met" : " NOT met") + " (" + messageKey + ")";
    }
}
