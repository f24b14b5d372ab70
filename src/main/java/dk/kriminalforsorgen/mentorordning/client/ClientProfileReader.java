package dk.kriminalforsorgen.mentorordning.client;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;

/** {@link ClientProfiles} over the client's own repositories; unlike opening the record it decrypts no CPR. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientProfileReader implements ClientProfiles {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b(\\d{4})\\b");

    private final ClientRepository clients;
    private final RiskAssessmentRepository assessments;
    private final AccessChecker access;
    private final AuditService audit;

    @Override
    @Transactional
    public Optional<ClientProfile> findVisible(long clientId) {
        Optional<Client> found = clients.findById(clientId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Client client = access.requireVisible(found.get(), ClientService.SUBJECT, clientId);
        audit.record("CLIENT_VIEWED_FOR_MATCHING", ClientService.SUBJECT, clientId, null);
        return Optional.of(new ClientProfile(clientId, client.getFirstName() + " " + client.getLastName(),
                client.areaId(), client.getUnitId(), client.getReleaseUnitId(), latestNeeds(clientId),
                client.getPreferredLanguage() == null ? null : client.getPreferredLanguage().code(),
                postalCode(client.getAddress())));
    }

    /** E1: the need areas rated medium or higher in the latest assessment (by date, then by id). */
    private Set<NeedArea> latestNeeds(long clientId) {
        Set<NeedArea> needs = EnumSet.noneOf(NeedArea.class);
        assessments.findByClientIdOrderByAssessedOnDescIdDesc(clientId).stream().findFirst().ifPresent(latest -> {
            for (Map.Entry<NeedArea, RiskLevel> need : latest.getNeeds().entrySet()) {
                if (need.getValue().qualifiesForMentor()) {
                    needs.add(need.getKey());
                }
            }
        });
        return needs;
    }

    private static String postalCode(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = POSTAL_CODE.matcher(address);
        return m.find() ? m.group(1) : null;
    }
}
