package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * The course rules that need figures besides the course itself, as pure functions: fees (C9) and
 * grants (C10, C11). Each returns every broken rule, so the form can show them all at once.
 */
public final class CourseRules {

    private CourseRules() {
    }

    /** C9 (§14 stk. 2): a fee is an amount set from the scope of the task, with its basis written down. */
    public static List<RuleViolation> checkFee(MentorCourse course, BigDecimal monthlyAmount, LocalDate validFrom,
                                               String basis) {
        List<RuleViolation> violations = new ArrayList<>();
        if (course.isEnded()) {
            violations.add(RuleViolation.general(Check.STATE, "course.alreadyEnded"));
        }
        if (monthlyAmount == null || monthlyAmount.signum() < 0) {
            violations.add(RuleViolation.onField(Check.INPUT, "monthlyAmount", "course.fee.amountRequired"));
        }
        if (validFrom == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "validFrom", "course.fee.validFromRequired"));
        }
        if (basis == null || basis.isBlank()) {
            violations.add(RuleViolation.onField(Rule.C9, "basis", "course.fee.basisRequired"));
        }
        return violations;
    }

    /**
     * C10 (§14 stk. 3) and C11 (§16): only an activity with an educational purpose, never transport,
     * telephone, postage or the like, and within the yearly ceiling per course.
     */
    public static List<RuleViolation> checkGrant(MentorCourse course, ExpenseType type, String purpose,
                                                 BigDecimal amount, BigDecimal grantedThisYear, BigDecimal ceiling) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!course.isActive()) {
            violations.add(RuleViolation.general(Check.STATE, "course.grant.notActive"));
        }
        if (type == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "expenseType", "course.grant.typeRequired"));
        } else if (type.refused()) {
            violations.add(RuleViolation.onField(Rule.C10, "expenseType", "course.grant.C10.refused"));
        }
        if (purpose == null || purpose.isBlank()) {
            violations.add(RuleViolation.onField(Rule.C11, "purpose", "course.grant.purposeRequired"));
        } else if (type == ExpenseType.ACTIVITY) {
            // C10: the chosen type classifies; an activity whose purpose names such an expense is refused too.
            ExpenseWords.refusedWord(purpose).ifPresent(word ->
                    violations.add(RuleViolation.onField(Rule.C10, "purpose", "course.grant.C10.purpose", word)));
        }
        if (amount == null || amount.signum() <= 0) {
            violations.add(RuleViolation.onField(Check.INPUT, "amount", "course.grant.amountRequired"));
        } else if (grantedThisYear.add(amount).compareTo(ceiling) > 0) {
            violations.add(RuleViolation.onField(Rule.C11, "amount", "course.grant.C11.ceiling", grantedThisYear,
                    ceiling.subtract(grantedThisYear).max(BigDecimal.ZERO), ceiling));
        }
        return violations;
    }
}
