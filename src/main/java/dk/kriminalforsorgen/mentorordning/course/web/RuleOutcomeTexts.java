package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Labelled;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.shared.web.MessagesConfiguration;

/**
 * The Danish reason of an eligibility outcome or warning on the course pages (the establishment's check
 * page shows E1-E9 on the start date): dates the Danish way, labelled values by their label, a risk level
 * in lower case inside the sentence ("risikoniveau mellem").
 */
@Component("ruleOutcomes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RuleOutcomeTexts {

    private final MessageSource messages;

    public String reason(RuleOutcome outcome) {
        return text(outcome.messageKey(), outcome.args());
    }

    public String warning(EligibilityResult.Warning warning) {
        return text(warning.messageKey(), warning.args());
    }

    private String text(String key, List<Object> args) {
        Object[] formatted = args.stream().map(this::argument).toArray();
        return messages.getMessage(key, formatted, MessagesConfiguration.DANISH);
    }

    private Object argument(Object arg) {
        if (arg instanceof Labelled labelled) {
            String label = messages.getMessage(labelled.messageKey(), null, MessagesConfiguration.DANISH);
            return labelled instanceof RiskLevel ? label.toLowerCase(MessagesConfiguration.DANISH) : label;
        }
        return DanishFormat.argument(arg);
    }
}
