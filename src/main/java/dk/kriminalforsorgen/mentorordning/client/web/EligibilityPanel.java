package dk.kriminalforsorgen.mentorordning.client.web;

import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.shared.Labelled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.web.MessagesConfiguration;

/**
 * Turns an {@link EligibilityResult} into the panel a caseworker reads in seconds: a verdict, the
 * earliest start, warnings, and one line per rule with its paragraph and Danish reason
 * ("§3 stk. 1: forventet løsladelse 1. maj 2027, tidligst start 1. februar 2027").
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EligibilityPanel {

    private final MessageSource messages;

    enum Verdict { ELIGIBLE, LATER, NOT_ELIGIBLE }

    record Line(String ruleId, String paragraph, RuleOutcome.Status status, String reason) {
    }

    record View(Verdict verdict, String summary, LocalDate earliestStart, List<String> warnings, List<Line> lines,
                boolean offerDue) {
    }

    View of(EligibilityResult result) {
        List<Line> lines = new ArrayList<>();
        for (RuleOutcome outcome : result.outcomes()) {
            lines.add(new Line(outcome.ruleId(), outcome.paragraph(), outcome.status(),
                    text(outcome.messageKey(), outcome.args())));
        }
        List<String> warnings = result.warnings().stream().map(w -> text(w.messageKey(), w.args())).toList();
        Verdict verdict;
        String summary;
        if (result.eligible()) {
            verdict = Verdict.ELIGIBLE;
            summary = text("eligibility.summary.eligible", List.of());
        } else if (result.eligibleLater()) {
            verdict = Verdict.LATER;
            summary = text("eligibility.summary.later", List.of(result.earliestStart()));
        } else {
            verdict = Verdict.NOT_ELIGIBLE;
            summary = text("eligibility.summary.notEligible",
                    List.of(result.blocking().stream().map(RuleOutcome::ruleId).collect(Collectors.joining(", "))));
        }
        return new View(verdict, summary, result.earliestStart(), warnings, lines, result.offerDue());
    }

    String text(String key, List<Object> args) {
        Object[] formatted = args.stream().map(this::format).toArray();
        return messages.getMessage(key, formatted, MessagesConfiguration.DANISH);
    }

    private Object format(Object arg) {
        if (arg instanceof LocalDate date) {
            return DanishFormat.date(date);
        }
        if (arg instanceof Labelled labelled) {
            String label = messages.getMessage(labelled.messageKey(), null, MessagesConfiguration.DANISH);
            // Inside a sentence: "risikoniveau mellem", not "risikoniveau Mellem".
            return labelled instanceof dk.kriminalforsorgen.mentorordning.client.RiskLevel
                    ? label.toLowerCase(MessagesConfiguration.DANISH) : label;
        }
        return String.valueOf(arg);
    }
}
