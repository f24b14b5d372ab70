package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import java.util.List;
import java.util.Optional;

/** The full result of {@link AppointmentPolicy}: every rule with its outcome, never only the first failure. */
public record AppointmentAssessment(Long mentorId, List<RuleOutcome> outcomes) {

    /** What users without access to the vetting (AZ3) see for a sensitive outcome that is not met. */
    public static final String PUBLIC_VETTING_KEY = "mentor.rule.vettingIncomplete";
    static final String VETTING_COMPLETE_KEY = "mentor.rule.vettingComplete";

    public AppointmentAssessment {
        outcomes = List.copyOf(outcomes);
    }

    /** The mentor may be appointed: every rule is met or does not concern this appointment. */
    public boolean appointable() {
        return failures().isEmpty();
    }

    /** The outcomes that stand in the way (NOT_APPLICABLE, e.g. an area's policy that is off, does not). */
    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() != RuleOutcome.Status.MET
                && o.status() != RuleOutcome.Status.NOT_APPLICABLE).toList();
    }

    public Optional<RuleOutcome> outcome(Ground ground) {
        return outcomes.stream().filter(o -> o.ground() == ground).findFirst();
    }

    public boolean met(Ground ground) {
        return outcome(ground).map(RuleOutcome::met).orElseThrow(() -> new IllegalArgumentException(ground.id()));
    }

    /** The assessment as a user without access to the vetting details may see it (AZ3). */
    public AppointmentAssessment redacted() {
        return new AppointmentAssessment(mentorId, outcomes.stream()
                .map(o -> o.redacted(VETTING_COMPLETE_KEY, PUBLIC_VETTING_KEY)).toList());
    }
}
