package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** IN1: one or more fields of a client form break a rule; the form shows each at its field and nothing is saved. */
public class InvalidClientInput extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public InvalidClientInput(List<RuleViolation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidClientInput(violations);
        }
    }
}
