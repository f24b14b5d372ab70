package dk.kriminalforsorgen.mentorordning.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One rule's outcome for a case on a date, the one outcome type of every full-result check
 * (eligibility E1-E9, appointment M1-M10): the {@link Ground}, the paragraph cited (the rule's own, or
 * the more precise one the route through the rule took, e.g. E4 via §3 stk. 1), the status and the
 * Danish reason as a message key with arguments. {@code sensitive} outcomes reveal a mentor's vetting
 * (AZ3); {@link #redacted(String, String)} gives what users without that access may see.
 */
public record RuleOutcome(Ground ground, String paragraph, Status status, String messageKey, List<Object> args,
                          boolean sensitive) {

    public enum Status implements Labelled {
        /** The rule is met. */
        MET,
        /** The rule is not met. */
        NOT_MET,
        /** The rule does not concern this case. */
        NOT_APPLICABLE,
        /** The rule applies and is checked when the course is planned (E6, E8). */
        CONDITION;

        @Override
        public String messageKey() {
            return "eligibility.status." + name();
        }
    }

    public RuleOutcome {
        List<Object> copy = new ArrayList<>(args.size());
        for (Object arg : args) {
            copy.add(arg == null ? "" : arg);
        }
        args = List.copyOf(copy);
    }

    public static RuleOutcome of(Ground ground, Status status, String messageKey, Object... args) {
        return new RuleOutcome(ground, ground.paragraph(), status, messageKey, Arrays.asList(args), false);
    }

    public static RuleOutcome met(Ground ground, String messageKey, Object... args) {
        return of(ground, Status.MET, messageKey, args);
    }

    public static RuleOutcome notMet(Ground ground, String messageKey, Object... args) {
        return of(ground, Status.NOT_MET, messageKey, args);
    }

    /** The same outcome citing a more precise paragraph than the rule's own. */
    public RuleOutcome citing(String preciseParagraph) {
        return new RuleOutcome(ground, preciseParagraph, status, messageKey, args, sensitive);
    }

    /** The same outcome, marked as revealing a mentor's vetting (AZ3). */
    public RuleOutcome asSensitive() {
        return new RuleOutcome(ground, paragraph, status, messageKey, args, true);
    }

    /** The outcome as a user without access to the vetting details may see it (AZ3). */
    public RuleOutcome redacted(String metKey, String notMetKey) {
        if (!sensitive) {
            return this;
        }
        return new RuleOutcome(ground, paragraph, status, met() ? metKey : notMetKey, List.of(), true);
    }

    public boolean met() {
        return status == Status.MET;
    }

    public String ruleId() {
        return ground.id();
    }

    /** The arguments as an array, for {@code #messages.msgWithParams}. */
    public Object[] arguments() {
        return args.toArray();
    }

    /** This outcome as a refusal of the given form field. */
    public RuleViolation asViolation(String field) {
        return RuleViolation.onField(ground, field, messageKey, arguments());
    }

    @Override
    public String toString() {
        return ground.id() + " " + status + " (" + messageKey + ")";
    }
}
