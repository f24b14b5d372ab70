package dk.kriminalforsorgen.mentorordning.client;

import java.time.LocalDate;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;

/**
 * The eligibility of one client on one date (DOMAIN §3): every rule's outcome with its reason,
 * whether the client may get a mentor, the earliest possible start, until when the eligibility
 * lasts as things stand, warnings, and whether a mentor offer is due (E9).
 *
 * @param date the date evaluated
 * @param outcomes one per rule E1-E9, in that order
 * @param eligible E1, E2, E3 and E4 are met on the date
 * @param earliestStart the earliest start of a course when E1-E3 hold and the status allows a mentor
 *                      (the date itself, or for an inmate before release preparation: release − 3 months); else null
 * @param eligibleUntil the last day of eligibility as things stand (end of supervision), or null if open-ended
 * @param warnings rules that do not block but need attention (E1 assessment age, E5 release date passed, E8 supervision ending)
 * @param offerDue E9: a mentor must be offered and no offer is recorded
 */
public record EligibilityResult(
        LocalDate date,
        List<RuleOutcome> outcomes,
        boolean eligible,
        LocalDate earliestStart,
        LocalDate eligibleUntil,
        List<Warning> warnings,
        boolean offerDue) {

    /** A rule that does not block but needs the caseworker's attention. */
    public record Warning(Rule rule, String messageKey, List<Object> args) {

        public Warning {
            args = List.copyOf(args);
        }
    }

    public EligibilityResult {
        outcomes = List.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    public RuleOutcome outcome(Rule rule) {
        return outcomes.stream().filter(o -> o.ground() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rule " + rule));
    }

    /** The rules that block a mentor on the date, for the panel's summary. */
    public List<RuleOutcome> blocking() {
        return outcomes.stream().filter(o -> o.status() == RuleOutcome.Status.NOT_MET && o.ground() != Rule.E9).toList();
    }

    /** Eligible on a later date only: an inmate before release preparation (E5). */
    public boolean eligibleLater() {
        return !eligible && earliestStart != null && earliestStart.isAfter(date);
    }
}
