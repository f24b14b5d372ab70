package dk.kriminalforsorgen.mentorordning.client;

import java.util.Optional;

/**
 * The client feature's published read for other features: a client's {@link ClientProfile}, loaded
 * through the area check (C1, AZ2: a client of another area is refused as not found and the attempt is
 * audited) and audited as a read (AU1, {@code CLIENT_VIEWED_FOR_MATCHING}).
 */
public interface ClientProfiles {

    /** The profile, or empty when no client has the id; another area's client is refused by the area check. */
    Optional<ClientProfile> findVisible(long clientId);
}
