package dk.kriminalforsorgen.mentorordning.course;

import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** One or more rules refuse a course action; every one is shown on the form, each naming its paragraph. */
public class CourseRefused extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public CourseRefused(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::ruleId).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new CourseRefused(violations);
        }
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    public boolean concerns(String ruleId) {
        return violations.stream().anyMatch(v -> v.ruleId().equals(ruleId));
    }
}
