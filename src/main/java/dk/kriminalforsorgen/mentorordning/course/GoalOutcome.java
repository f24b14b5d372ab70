package dk.kriminalforsorgen.mentorordning.course;

/** DOMAIN §9 coded outcomes: how far each action-plan goal was achieved when the course ended (C12). */
public enum GoalOutcome {
    ACHIEVED, PARTLY, NOT_ACHIEVED;

    public String messageKey() {
        return "course.goalOutcome." + name();
    }
}
