package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dk.kriminalforsorgen.mentorordning.mentor.AppointmentAssessment;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * What the matching page shows of a result (issue 10: never the whole registry): the best
 * {@link #SHOWN} candidates, the excluded ones counted by reason and the first {@link #SHOWN} of them,
 * or, when the user searches by name, the candidates and excluded mentors whose name matches. The
 * selects offer only what is shown, so no page renders an option per registry mentor.
 */
record MatchingView(List<Matching.Candidate> ranked, int rankedTotal, List<Matching.Excluded> excluded,
                    int excludedTotal, List<ReasonCount> reasons, String search, List<Option> rankedOptions,
                    List<Option> relationOptions, List<Option> employeeOptions) {

    static final int SHOWN = 20;

    /**
     * How many excluded mentors fail one rule (a mentor failing several rules counts under each). A
     * reason that would reveal the vetting (AZ3) is counted under the public "vetting not complete"
     * text with no rule: {@code messageKey} is then set and {@code ruleId}, {@code paragraph} and {@code title}
     * are empty. The page shows the paragraph and the title, not the rule ID (issue 16).
     */
    record ReasonCount(String ruleId, String paragraph, String title, String messageKey, long count) {
    }

    static MatchingView of(Matching.Result result, String search) {
        String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        List<Matching.Candidate> ranked = shown(result.ranked(), Matching.Candidate::name, needle);
        List<Matching.Excluded> excluded = shown(result.excluded(), Matching.Excluded::name, needle);
        Map<Ground, Long> byGround = new LinkedHashMap<>();
        long vetting = 0;
        for (Matching.Excluded x : result.excluded()) {
            x.reasons().stream().filter(r -> !r.sensitive()).map(RuleOutcome::ground).distinct()
                    .forEach(g -> byGround.merge(g, 1L, Long::sum));
            if (x.reasons().stream().anyMatch(RuleOutcome::sensitive)) {
                vetting++;
            }
        }
        List<ReasonCount> reasons = new ArrayList<>(byGround.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey().id(), e.getKey().paragraph(), e.getKey().title(), null, e.getValue())).toList());
        if (vetting > 0) {
            reasons.add(new ReasonCount("", "", "", AppointmentAssessment.PUBLIC_VETTING_KEY, vetting));
        }
        reasons.sort(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::ruleId));
        List<Option> rankedOptions = ranked.stream().map(c -> Option.ofText(c.mentorId(), c.rank() + ". " + c.name())).toList();
        List<Option> relationOptions = new ArrayList<>(rankedOptions);
        excluded.forEach(x -> relationOptions.add(Option.ofText(x.mentorId(), x.name())));
        List<Option> employeeOptions = result.excluded().stream()
                .filter(x -> x.reasons().stream().anyMatch(r -> r.ruleId().equals("M5")))
                .filter(x -> needle == null || matches(x.name(), needle))
                .limit(SHOWN)
                .map(x -> Option.ofText(x.mentorId(), x.name())).toList();
        return new MatchingView(ranked, result.ranked().size(), excluded, result.excluded().size(), List.copyOf(reasons),
                needle == null ? null : search.strip(), rankedOptions, List.copyOf(relationOptions), employeeOptions);
    }

    private static <T> List<T> shown(List<T> all, Function<T, String> name, String needle) {
        Stream<T> stream = all.stream();
        if (needle != null) {
            stream = stream.filter(item -> matches(name.apply(item), needle));
        }
        return stream.limit(SHOWN).toList();
    }

    private static boolean matches(String name, String needle) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(needle);
    }

    public boolean rankedTruncated() {
        return search == null && rankedTotal > ranked.size();
    }

    public boolean excludedTruncated() {
        return search == null && excludedTotal > excluded.size();
    }
}
