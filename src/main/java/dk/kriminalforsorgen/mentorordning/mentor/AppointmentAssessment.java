package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.List;
import java.util.Optional;

/** The full result of {@link AppointmentPolicy}: every rule with its outcome, never only the first failure. */
public record AppointmentAssessment(Long mentorId, List<RuleOutcome> outcomes) {

    public AppointmentAssessment {
        outcomes = List.copyOf(outcomes);
    }

    /** The mentor may be appointed: every rule is met. */
    public boolean appointable() {
        return outcomes.stream().allMatch(RuleOutcome::met);
    }

    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(o -> !o.met()).toList();
    }

    public Optional<RuleOutcome> outcome(String ruleId) {
        return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
    }

    public boolean met(String ruleId) {
        return outcome(ruleId).map(RuleOutcome::met).orElseThrow(() -> new IllegalArgumentException(ruleId));
    }

    /** The assessment as a user without access to the vetting details may see it (AZ3). */
    public AppointmentAssessment redacted() {
        return new AppointmentAssessment(mentorId, outcomes.stream().map(RuleOutcome::redacted).toList());
    }
}
