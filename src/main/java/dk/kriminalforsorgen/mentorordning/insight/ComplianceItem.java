package dk.kriminalforsorgen.mentorordning.insight;

import java.time.LocalDate;

import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * One line of the compliance panel: a rule, where the course stands, the date it is due or was due,
 * the message key of the reason and where to fix it.
 */
public record ComplianceItem(Rule rule, ComplianceStatus status, LocalDate dueOn, String reasonKey, String fixPath) {

    public String ruleId() {
        return rule.name();
    }
}
