package dk.kriminalforsorgen.mentorordning.mentor;

/** The four groups of a mentor's tasks (DOMAIN §2, seed kriminalpraeventivt-arbejde). */
public enum TaskGroup {
    /** Practical help: structured everyday life, school, work, housing. */
    PRACTICAL,
    /** Communication help: public authorities, banks, creditors. */
    COMMUNICATION,
    /** Personal help: advice, self-confidence, feelings, family, network, responsibility. */
    PERSONAL,
    /** Supporting the service's resocialisation work. */
    RESOCIALISATION;

    public String messageKey() {
        return "taskGroup." + name();
    }
}
