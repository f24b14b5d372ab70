package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Optional;

/**
 * The registry's port to the client feature: the facts about a client that matching and the
 * appointment policy need. Implementations load the client through the area check (C1, AZ2), so a
 * client of another area is not found.
 */
public interface ClientDirectory {

    /** The client's facts, or empty when the client does not exist or the user may not see them. */
    Optional<ClientFacts> findVisible(long clientId);
}
