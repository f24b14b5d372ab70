package dk.kriminalforsorgen.mentorordning.client;

import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.CONDITION;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.MET;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.NOT_APPLICABLE;
import static dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status.NOT_MET;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.kriminalforsorgen.mentorordning.client.EligibilityResult.Warning;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;

/**
 * The eligibility engine (DOMAIN §3, rules E1-E9; cirkulære §§2-4): a pure function of a client's
 * facts and a date that returns every rule's outcome with its reason rather than stopping at the
 * first failure, so the client page can show exactly which condition fails and why.
 *
 * <p>A client may get a mentor when E1 (risk), E2 (need), E3 (motivation) and E4 (custody status)
 * hold; E4 holds under supervision (§2), for an inmate from three months before the expected
 * release (E5, §3 stk. 1) and for a client released at the end of the sentence under voluntary
 * supervision (E7, §4). E6 and E8 are conditions on the course that are checked when it is planned;
 * E9 is the duty to offer a mentor.
 */
public final class Eligibility {

    /** E5 (§3 stk. 1): a mentor at the earliest this long before the expected release. */
    public static final Period RELEASE_PREPARATION = Period.ofMonths(3);
    /** E8: warn this long before supervision ends. */
    static final Period SUPERVISION_ENDING_NOTICE = Period.ofMonths(3);

    private final Period maxAssessmentAge;

    /** @param maxAssessmentAge E1: an older latest assessment gives a warning (default 12 months) */
    public Eligibility(Period maxAssessmentAge) {
        this.maxAssessmentAge = Objects.requireNonNull(maxAssessmentAge);
    }

    public Period maxAssessmentAge() {
        return maxAssessmentAge;
    }

    public EligibilityResult evaluate(EligibilityFacts facts, LocalDate date) {
        List<RuleOutcome> outcomes = new ArrayList<>(9);
        List<Warning> warnings = new ArrayList<>();

        RuleOutcome e1 = e1Risk(facts, date, warnings);
        RuleOutcome e2 = facts.specialNeedDocumented()
                ? outcome(Rule.E2, "§2 nr. 2", MET, "eligibility.E2.met")
                : outcome(Rule.E2, "§2 nr. 2", NOT_MET, "eligibility.E2.missing");
        RuleOutcome e3 = e3Motivation(facts);
        RuleOutcome e5 = e5ReleasePreparation(facts, date, warnings);
        RuleOutcome e7 = e7VoluntarySupervision(facts);
        RuleOutcome e4 = e4Status(facts, date, e5, e7);
        RuleOutcome e6 = facts.status() == CustodyStatus.INMATE
                ? outcome(Rule.E6, "§3 stk. 2", CONDITION, "eligibility.E6.condition", facts.expectedReleaseDate())
                : outcome(Rule.E6, "§3 stk. 2", NOT_APPLICABLE, "eligibility.E6.notInmate");
        RuleOutcome e8 = e8SupervisionEnds(facts, date, warnings);
        RuleOutcome e9 = e9Offer(facts, e1, e2);
        outcomes.addAll(List.of(e1, e2, e3, e4, e5, e6, e7, e8, e9));

        boolean personalConditions = e1.met() && e2.met() && e3.met();
        boolean eligible = personalConditions && e4.met();
        LocalDate earliestStart = personalConditions ? earliestStart(facts, date) : null;
        LocalDate eligibleUntil = facts.status() == CustodyStatus.UNDER_SUPERVISION ? facts.supervisionEndDate() : null;
        boolean offerDue = e9.status() == NOT_MET;
        return new EligibilityResult(date, outcomes, eligible, earliestStart, eligibleUntil, warnings, offerDue);
    }

    /** E1 (§2 nr. 1): the latest LS/RNR risk level is medium, high or very high; an old assessment warns. */
    private RuleOutcome e1Risk(EligibilityFacts facts, LocalDate date, List<Warning> warnings) {
        if (facts.latestRisk() == null) {
            return outcome(Rule.E1, "§2 nr. 1", NOT_MET, "eligibility.E1.none");
        }
        LocalDate assessed = facts.latestAssessmentDate();
        if (assessed != null && assessed.plus(maxAssessmentAge).isBefore(date)) {
            warnings.add(new Warning(Rule.E1, "eligibility.warning.E1.old", List.of(assessed, maxAssessmentAge.toTotalMonths())));
        }
        return facts.latestRisk().qualifiesForMentor()
                ? outcome(Rule.E1, "§2 nr. 1", MET, "eligibility.E1.met", facts.latestRisk(), assessed)
                : outcome(Rule.E1, "§2 nr. 1", NOT_MET, "eligibility.E1.tooLow", facts.latestRisk(), assessed);
    }

    /** E3 (§2 nr. 3): the client is motivated for a mentor course, recorded with a date. */
    private static RuleOutcome e3Motivation(EligibilityFacts facts) {
        if (facts.motivated() == null) {
            return outcome(Rule.E3, "§2 nr. 3", NOT_MET, "eligibility.E3.unknown");
        }
        return facts.motivated()
                ? outcome(Rule.E3, "§2 nr. 3", MET, "eligibility.E3.met", facts.motivationDate())
                : outcome(Rule.E3, "§2 nr. 3", NOT_MET, "eligibility.E3.notMotivated", facts.motivationDate());
    }

    /** E4 (§§2-4): under supervision, or E5 holds, or E7 holds. */
    private static RuleOutcome e4Status(EligibilityFacts facts, LocalDate date, RuleOutcome e5, RuleOutcome e7) {
        return switch (facts.status()) {
            case UNDER_SUPERVISION -> {
                LocalDate end = facts.supervisionEndDate();
                if (end != null && end.isBefore(date)) {
                    yield outcome(Rule.E4, "§2", NOT_MET, "eligibility.E4.supervisionEnded", end);
                }
                yield end == null ? outcome(Rule.E4, "§2", MET, "eligibility.E4.supervised")
                        : outcome(Rule.E4, "§2", MET, "eligibility.E4.supervisedUntil", end);
            }
            case INMATE -> e5.met() ? outcome(Rule.E4, "§3 stk. 1", MET, "eligibility.E4.viaE5")
                    : outcome(Rule.E4, "§3 stk. 1", NOT_MET, "eligibility.E4.inmateTooEarly");
            case VOLUNTARY_SUPERVISION -> e7.met() ? outcome(Rule.E4, "§4 stk. 1", MET, "eligibility.E4.viaE7")
                    : outcome(Rule.E4, "§4 stk. 2", MET, "eligibility.E4.viaE8");
            case RELEASED_NO_SUPERVISION -> outcome(Rule.E4, "§4 stk. 1 nr. 2", NOT_MET, "eligibility.E4.noSupervision");
            case ELECTRONIC_MONITORING -> outcome(Rule.E4, "§2, §3, §9", NOT_MET, "eligibility.E4.electronicMonitoring");
        };
    }

    /** E5 (§3 stk. 1): an inmate at the earliest three months before the expected release. */
    private static RuleOutcome e5ReleasePreparation(EligibilityFacts facts, LocalDate date, List<Warning> warnings) {
        if (facts.status() != CustodyStatus.INMATE) {
            return outcome(Rule.E5, "§3 stk. 1", NOT_APPLICABLE, "eligibility.E5.notInmate");
        }
        LocalDate release = facts.expectedReleaseDate();
        if (release == null) {
            return outcome(Rule.E5, "§3 stk. 1", NOT_MET, "eligibility.E5.noReleaseDate");
        }
        LocalDate earliest = release.minus(RELEASE_PREPARATION);
        if (release.isBefore(date)) {
            warnings.add(new Warning(Rule.E5, "eligibility.warning.E5.releasePassed", List.of(release)));
        }
        return earliest.isAfter(date)
                ? outcome(Rule.E5, "§3 stk. 1", NOT_MET, "eligibility.E5.tooEarly", release, earliest)
                : outcome(Rule.E5, "§3 stk. 1", MET, "eligibility.E5.met", release, earliest);
    }

    /** E7 (§4 stk. 1): released at the end of the sentence, a mentor only under voluntary supervision. */
    private static RuleOutcome e7VoluntarySupervision(EligibilityFacts facts) {
        return switch (facts.status()) {
            case VOLUNTARY_SUPERVISION -> facts.previouslyUnderSupervision()
                    ? outcome(Rule.E7, "§4 stk. 1", NOT_APPLICABLE, "eligibility.E7.afterSupervision")
                    : outcome(Rule.E7, "§4 stk. 1", MET, "eligibility.E7.met");
            case RELEASED_NO_SUPERVISION -> outcome(Rule.E7, "§4 stk. 1", NOT_MET, "eligibility.E7.noVoluntarySupervision");
            default -> outcome(Rule.E7, "§4 stk. 1", NOT_APPLICABLE, "eligibility.E7.notReleased");
        };
    }

    /** E8 (§4 stk. 2): when supervision ends, a course continues only under voluntary supervision. */
    private static RuleOutcome e8SupervisionEnds(EligibilityFacts facts, LocalDate date, List<Warning> warnings) {
        if (facts.status() == CustodyStatus.UNDER_SUPERVISION) {
            LocalDate end = facts.supervisionEndDate();
            if (end == null) {
                return outcome(Rule.E8, "§4 stk. 2", CONDITION, "eligibility.E8.conditionNoEnd");
            }
            if (!end.minus(SUPERVISION_ENDING_NOTICE).isAfter(date)) {
                warnings.add(new Warning(Rule.E8, end.isBefore(date) ? "eligibility.warning.E8.ended"
                        : "eligibility.warning.E8.ending", List.of(end)));
            }
            return outcome(Rule.E8, "§4 stk. 2", CONDITION, "eligibility.E8.condition", end);
        }
        if (facts.status() == CustodyStatus.VOLUNTARY_SUPERVISION && facts.previouslyUnderSupervision()) {
            return outcome(Rule.E8, "§4 stk. 2", MET, "eligibility.E8.met");
        }
        return outcome(Rule.E8, "§4 stk. 2", NOT_APPLICABLE, "eligibility.E8.notApplicable");
    }

    /** E9 (news 2019): a client with medium or higher risk and a special need shall be offered a mentor. */
    private static RuleOutcome e9Offer(EligibilityFacts facts, RuleOutcome e1, RuleOutcome e2) {
        if (facts.latestOfferAnswer() != null) {
            return outcome(Rule.E9, "E9", MET, "eligibility.E9.offered", facts.latestOfferDate(), facts.latestOfferAnswer());
        }
        if (e1.met() && e2.met()) {
            return outcome(Rule.E9, "E9", NOT_MET, "eligibility.E9.due");
        }
        return outcome(Rule.E9, "E9", NOT_APPLICABLE, "eligibility.E9.notApplicable");
    }

    /** The first day a course may start when E1-E3 hold, or null when the status allows none. */
    private static LocalDate earliestStart(EligibilityFacts facts, LocalDate date) {
        return switch (facts.status()) {
            case INMATE -> {
                if (facts.expectedReleaseDate() == null) {
                    yield null;
                }
                LocalDate earliest = facts.expectedReleaseDate().minus(RELEASE_PREPARATION);
                yield earliest.isAfter(date) ? earliest : date;
            }
            case UNDER_SUPERVISION -> facts.supervisionEndDate() != null && facts.supervisionEndDate().isBefore(date)
                    ? null : date;
            case VOLUNTARY_SUPERVISION -> date;
            case RELEASED_NO_SUPERVISION, ELECTRONIC_MONITORING -> null;
        };
    }

    /** An outcome citing the paragraph the route through the rule took (E4 cites §2, §3 stk. 1 or §4). */
    private static RuleOutcome outcome(Rule rule, String paragraph, RuleOutcome.Status status, String key,
                                       Object... args) {
        return RuleOutcome.of(rule, status, key, args).citing(paragraph);
    }
}
