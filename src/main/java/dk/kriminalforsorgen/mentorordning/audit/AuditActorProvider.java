package dk.kriminalforsorgen.mentorordning.audit;

/** Supplies the signed-in user for audit rows; implemented by the security feature (keeps audit free of it). */
public interface AuditActorProvider {

    AuditActor currentActor();
}
