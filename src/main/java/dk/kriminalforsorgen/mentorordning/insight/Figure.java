package dk.kriminalforsorgen.mentorordning.insight;

/**
 * The national figures (issue 13, DOMAIN §7 and §9). Each is stored per quarter and dimension as
 * amount over count (see insight_figure); {@link Kind} says how the two make the shown value.
 * {@code clientDimensions}: the figure has a unit type and risk level (of the client); the mentor
 * and approval figures have the area only. {@code snapshot}: a state on the day of the refresh, kept
 * for the quarter it was taken in (mentor registry figures have no history to count from).
 */
public enum Figure {
    ELIGIBLE(Kind.COUNT, true, false, "E1-E4"),
    OFFERED(Kind.COUNT, true, false, "E9"),
    ACCEPTED(Kind.COUNT, true, false, "E9"),
    OFFER_TO_START_DAYS(Kind.AVERAGE, true, false, "E9, C1"),
    COURSES_STARTED(Kind.COUNT, true, false, "C1"),
    COURSES_ACTIVE(Kind.COUNT, true, false, "C1"),
    COURSES_ENDED(Kind.COUNT, true, false, "C12 §19"),
    GOAL_OUTCOMES(Kind.COUNT, true, false, "C12"),
    REVIEWS_ON_TIME(Kind.PERCENT, true, false, "C8 §13 stk. 3"),
    MONTHLY_REPORTS_DELIVERED(Kind.PERCENT, true, false, "S1 §17 stk. 1 nr. 1"),
    DUTY_TO_NOTIFY(Kind.COUNT, true, false, "S4 §8 stk. 2"),
    /** Issue 17: courses active in the quarter whose current action plan builds on a municipal plan. */
    COURSES_WITH_MUNICIPAL_PLAN(Kind.COUNT, true, false, "C4 §9, myndighedssamarbejde"),
    APPROVAL_WAIT_DAYS(Kind.AVERAGE, false, false, "M8 §7 stk. 2"),
    APPROVALS_OPEN(Kind.COUNT, false, false, "M8 §7 stk. 2"),
    MENTORS_BY_STATUS(Kind.COUNT, false, true, "§5-§7"),
    CAPACITY_USED(Kind.PERCENT, false, true, "M10 §15"),
    VETTING_EXPIRING(Kind.COUNT, false, true, "M7 §6");

    /** COUNT shows amount; PERCENT 100 × amount / count; AVERAGE amount / count. */
    public enum Kind { COUNT, PERCENT, AVERAGE }

    private final Kind kind;
    private final boolean clientDimensions;
    private final boolean snapshot;
    private final String rules;

    Figure(Kind kind, boolean clientDimensions, boolean snapshot, String rules) {
        this.kind = kind;
        this.clientDimensions = clientDimensions;
        this.snapshot = snapshot;
        this.rules = rules;
    }

    public Kind kind() {
        return kind;
    }

    public boolean clientDimensions() {
        return clientDimensions;
    }

    public boolean snapshot() {
        return snapshot;
    }

    public String rules() {
        return rules;
    }

    public String messageKey() {
        return "insight.figure." + name();
    }

    /** The value shown for summed amount and count; null when there is nothing to divide by. */
    public Double value(double amount, long count) {
        return switch (kind) {
            case COUNT -> amount;
            case PERCENT -> count == 0 ? null : Math.round(1000.0 * amount / count) / 10.0;
            case AVERAGE -> count == 0 ? null : Math.round(10.0 * amount / count) / 10.0;
        };
    }
}
