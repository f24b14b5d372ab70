package dk.kriminalforsorgen.mentorordning.statusreport;

import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** Every rule that refused a report at once (IN1: the form shows them all, nothing is saved). */
public class ReportRefused extends RuleViolation {

    private final transient List<RuleViolation> violations;

    ReportRefused(List<RuleViolation> violations) {
        super(violations.get(0).ruleId(), violations.get(0).messageKey(), violations.get(0).field(),
                violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ReportRefused(violations);
        }
    }
}
