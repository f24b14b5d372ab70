package dk.kriminalforsorgen.mentorordning.course;

/** What an expense is for. Only activities with an educational purpose can get a grant (C10, C11). */
public enum ExpenseType {
    /** §16: an activity with an educational purpose. */
    ACTIVITY(false),
    /** §14 stk. 3: never. */
    TRANSPORT(true),
    /** §14 stk. 3: never. */
    TELEPHONE(true),
    /** §14 stk. 3: never. */
    POSTAGE(true);

    private final boolean refused;

    ExpenseType(boolean refused) {
        this.refused = refused;
    }

    /** C10: transport, telephone, postage and the like get no grant. */
    public boolean refused() {
        return refused;
    }

    public String messageKey() {
        return "course.expense." + name();
    }
}
