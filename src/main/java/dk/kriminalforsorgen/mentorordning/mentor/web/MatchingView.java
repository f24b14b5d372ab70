package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.mentor.AppointmentAssessment;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * What the matching page shows of a result (issue 10: never the whole registry): the best
 * {@link Matching#LISTED} candidates, the excluded ones counted by reason and the first of them, or, when the
 * user searches by name, the candidates and excluded mentors whose name matches. {@link Matching} lists and
 * counts them in SQL; the selects offer only what is shown, so no page renders an option per registry mentor.
 */
record MatchingView(List<Matching.Candidate> ranked, int rankedTotal, List<Matching.Excluded> excluded,
                    int excludedTotal, List<ReasonCount> reasons, String search, List<Option> rankedOptions,
                    List<Option> relationOptions, List<Option> employeeOptions) {

    /**
     * How many excluded mentors fail one rule (a mentor failing several rules counts under each). A
     * reason that would reveal the vetting (AZ3) is counted under the public "vetting not complete"
     * text with no rule: {@code messageKey} is then set and {@code ruleId}, {@code paragraph} and {@code title}
     * are empty. The page shows the paragraph and the title, not the rule ID (issue 16).
     */
    record ReasonCount(String ruleId, String paragraph, String title, String messageKey, long count) {
    }

    static MatchingView of(Matching.Result result) {
        List<ReasonCount> reasons = new ArrayList<>(result.excludedBy().entrySet().stream()
                .map(e -> new ReasonCount(e.getKey().id(), e.getKey().paragraph(), e.getKey().title(), null, e.getValue())).toList());
        if (result.vettingIncomplete() > 0) {
            reasons.add(new ReasonCount("", "", "", AppointmentAssessment.PUBLIC_VETTING_KEY, result.vettingIncomplete()));
        }
        reasons.sort(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::ruleId));
        List<Option> rankedOptions = result.ranked().stream().map(c -> Option.ofText(c.mentorId(), c.rank() + ". " + c.name())).toList();
        List<Option> relationOptions = new ArrayList<>(rankedOptions);
        result.excluded().forEach(x -> relationOptions.add(Option.ofText(x.mentorId(), x.name())));
        List<Option> employeeOptions = result.employees().stream().map(x -> Option.ofText(x.mentorId(), x.name())).toList();
        return new MatchingView(result.ranked(), result.rankedTotal(), result.excluded(), result.excludedTotal(),
                List.copyOf(reasons), result.search(), rankedOptions, List.copyOf(relationOptions), employeeOptions);
    }

    public boolean rankedTruncated() {
        return search == null && rankedTotal > ranked.size();
    }

    public boolean excludedTruncated() {
        return search == null && excludedTotal > excluded.size();
    }
}
