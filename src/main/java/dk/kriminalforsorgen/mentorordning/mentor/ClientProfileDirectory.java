package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.ClientProfile;
import dk.kriminalforsorgen.mentorordning.client.ClientProfiles;

/**
 * {@link ClientDirectory} over the client feature's published read {@link ClientProfiles}, which does
 * the area check (C1, AZ2) and the audit (AU1); the registry never reads the client's tables.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientProfileDirectory implements ClientDirectory {

    private final ClientProfiles profiles;

    @Override
    public Optional<ClientFacts> findVisible(long clientId) {
        return profiles.findVisible(clientId).map(ClientProfileDirectory::facts);
    }

    private static ClientFacts facts(ClientProfile p) {
        return new ClientFacts(p.id(), p.displayName(), p.areaId(), p.unitId(), p.releaseUnitId(), p.needAreas(),
                p.preferredLanguage(), p.postalCode());
    }
}
