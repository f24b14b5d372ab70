package dk.kriminalforsorgen.mentorordning.shared;

import java.util.List;

/**
 * The one exception for a refused action. It carries every violation found at once (IN1: the form
 * shows them all, each naming its paragraph, and nothing is saved). Controllers put it on their form
 * with {@code FormErrors.add(binding, refusal)}.
 */
public class Refusal extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public Refusal(List<RuleViolation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static Refusal of(RuleViolation violation) {
        return new Refusal(List.of(violation));
    }

    public static Refusal onField(Ground ground, String field, String messageKey, Object... arguments) {
        return of(RuleViolation.onField(ground, field, messageKey, arguments));
    }

    public static Refusal general(Ground ground, String messageKey, Object... arguments) {
        return of(RuleViolation.general(ground, messageKey, arguments));
    }

    /** Throws a refusal carrying all these violations, if there are any. */
    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** The first violation: for pages that show one refusal as a flash message. */
    public RuleViolation first() {
        return violations.get(0);
    }

    public boolean concerns(Ground ground) {
        return violations.stream().anyMatch(v -> v.ground() == ground);
    }
}
