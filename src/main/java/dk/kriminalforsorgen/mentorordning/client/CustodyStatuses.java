package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The client's custody status over time (DOMAIN §2): each change is a history row with the competent
 * area that follows (C1), audited, and published as {@link CustodyStatusChanged} so that courses react
 * in the same transaction (C13).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CustodyStatuses {

    private final ClientAccess access;
    private final ClientChecks checks;
    private final CustodyStatusChangeRepository history;
    private final ClientEligibility eligibility;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records a new custody status from a date, by whom, with the competent area that follows (C1).
     * Nothing else changes (C13). Returns false when the client has passed to an area the user does
     * not belong to (a hand-over, C2), so the caller does not show a page the user may no longer see.
     */
    @Transactional
    public boolean changeStatus(long id, long version, CustodyPlacement placement, LocalDate since) {
        Client client = access.loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        Refusal.throwIfAny(checks.checkPlacement(placement, since, client.getStatusSince()));
        CustodyStatus before = client.getCustodyStatus();
        Long areaBefore = client.areaId();
        applyStatus(client, placement, since, access.recorder());
        audit.record("CUSTODY_STATUS_CHANGED", ClientService.SUBJECT, id, before + " -> " + client.getCustodyStatus()
                + " fra " + since + (areaBefore.equals(client.areaId()) ? "" : ", område " + areaBefore + " -> " + client.areaId()));
        return access.canSee(client.areaId());
    }

    /** The first status of a newly registered client (no event: nothing can react to a new client yet). */
    void recordFirst(Client client, CustodyPlacement normalised, LocalDate since, Long area, Recorder by, Instant now) {
        history.save(new CustodyStatusChange(client.getId(), normalised, since, area, by.userId(), by.name(), now));
    }

    /** Without access or audit checks: for {@link #changeStatus} and the demo data. */
    void applyStatus(Client client, CustodyPlacement placement, LocalDate since, Recorder by) {
        Instant now = Instant.now(clock);
        CustodyPlacement normalised = ClientChecks.normalise(placement);
        Long area = checks.competentArea(normalised);
        CustodyStatus before = client.getCustodyStatus();
        Long areaBefore = client.areaId();
        client.applyCustody(normalised, since, area, now);
        history.save(new CustodyStatusChange(client.getId(), normalised, since, area, by.userId(), by.name(), now));
        eligibility.refresh(client);
        // C13: other features (mentor courses) react in this transaction; see CustodyStatusChanged.
        events.publishEvent(new CustodyStatusChanged(client.getId(), before, normalised.status(), since, areaBefore, area));
    }
}
