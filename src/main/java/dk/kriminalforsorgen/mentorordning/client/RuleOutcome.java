package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

/**
 * One rule's outcome for a client on a date: the rule ID of DOMAIN §3, its paragraph, whether it is
 * met, and the Danish reason as a message key with arguments (dates, levels), which name the
 * paragraph so a caseworker and a lawyer can trace the decision.
 */
public record RuleOutcome(String ruleId, String paragraph, Status status, String messageKey, List<Object> args) {

    public enum Status implements Labelled {
        /** The rule is met. */
        MET,
        /** The rule is not met: no mentor now. */
        NOT_MET,
        /** The rule does not concern this client. */
        NOT_APPLICABLE,
        /** The rule applies and is checked when the course is planned (E6, E8). */
        CONDITION;

        @Override
        public String messageKey() {
            return "eligibility.status." + name();
        }
    }

    public RuleOutcome {
        args = List.copyOf(args);
    }

    public boolean met() {
        return status == Status.MET;
    }
}
