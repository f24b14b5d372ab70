package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * The fields of the report template (S2, §17 stk. 2): contacts held, progress per goal, work per
 * task group, hours spent, concerns, next steps, and the duty to notify (S4, §8 stk. 2).
 * Field names match the forms, so a violation is shown next to its field.
 */
public record ReportContent(Integer contactsCount, String contactsNote, List<GoalProgress> goals,
                            List<TaskWork> tasks, BigDecimal hoursSpent, String concerns, String nextSteps,
                            boolean dutyToNotify, String dutyToNotifyText) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("200");
    public static final int MAX_CONTACTS = 200;
    public static final int MAX_TEXT = 4000;

    public ReportContent {
        contactsNote = blankToNull(contactsNote);
        goals = goals == null ? List.of() : List.copyOf(goals);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        concerns = blankToNull(concerns);
        nextSteps = blankToNull(nextSteps);
        dutyToNotifyText = blankToNull(dutyToNotifyText);
    }

    /**
     * Every field that is out of range (always) or missing (when {@code complete} is required, i.e. on
     * submission). S2: the template's required fields; S4: a raised duty to notify must say what.
     */
    public List<RuleViolation> check(ReportKind kind, boolean complete) {
        List<RuleViolation> violations = new ArrayList<>();
        if (contactsCount != null && (contactsCount < 0 || contactsCount > MAX_CONTACTS)) {
            violations.add(RuleViolation.onField(Check.INPUT, "contactsCount", "report.contactsCount.range", MAX_CONTACTS));
        } else if (complete && contactsCount == null) {
            violations.add(RuleViolation.onField(Rule.S2, "contactsCount", "report.contactsCount.required"));
        }
        if (hoursSpent != null && (hoursSpent.signum() < 0 || hoursSpent.compareTo(MAX_HOURS) > 0
                || hoursSpent.stripTrailingZeros().scale() > 1)) {
            violations.add(RuleViolation.onField(Check.INPUT, "hoursSpent", "report.hoursSpent.range", MAX_HOURS));
        } else if (complete && kind == ReportKind.MONTHLY && hoursSpent == null) {
            violations.add(RuleViolation.onField(Rule.S2, "hoursSpent", "report.hoursSpent.required"));
        }
        if (complete && nextSteps == null) {
            violations.add(RuleViolation.onField(Rule.S2, "nextSteps", "report.nextSteps.required"));
        }
        if (dutyToNotify && dutyToNotifyText == null && complete) {
            violations.add(RuleViolation.onField(Rule.S4, "dutyToNotifyText", "report.dutyToNotifyText.required"));
        }
        checkLength(contactsNote, "contactsNote", violations);
        checkLength(concerns, "concerns", violations);
        checkLength(nextSteps, "nextSteps", violations);
        checkLength(dutyToNotifyText, "dutyToNotifyText", violations);
        for (int i = 0; i < goals.size(); i++) {
            checkLength(goals.get(i).getProgress(), "goalProgress[" + i + "]", violations);
        }
        for (int i = 0; i < tasks.size(); i++) {
            checkLength(tasks.get(i).getWork(), "taskWork[" + i + "]", violations);
        }
        return violations;
    }

    private static void checkLength(String text, String field, List<RuleViolation> violations) {
        if (text != null && text.length() > MAX_TEXT) {
            violations.add(RuleViolation.onField(Check.INPUT, field, "report.text.tooLong", MAX_TEXT));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
