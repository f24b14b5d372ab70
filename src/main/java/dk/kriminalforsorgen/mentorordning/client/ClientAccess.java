package dk.kriminalforsorgen.mentorordning.client;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/**
 * How every client service loads a record and audits a read: {@link AccessChecker#requireVisible} (AZ2:
 * another area's client is 404 and the attempt audited) and, for the directorate, a stated purpose in
 * the audit row (AZ5). Runs in the caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientAccess {

    private final ClientRepository clients;
    private final AccessChecker access;
    private final AuditService audit;
    private final CurrentUsers currentUsers;

    Client loadVisible(long id) {
        Client client = clients.findById(id).orElseThrow(() -> new NotFoundException("client " + id));
        return access.requireVisible(client, ClientService.SUBJECT, id);
    }

    boolean canSee(Long areaId) {
        return access.canSee(areaId);
    }

    CurrentUser user() {
        return currentUsers.require();
    }

    Recorder recorder() {
        return Recorder.of(user());
    }

    /** AZ5: the directorate reads a client record only for a stated purpose, which goes into the audit row. */
    void auditRead(String action, long id, String details, String purpose) {
        if (user().is(Role.DIRECTORATE)) {
            if (purpose == null || purpose.isBlank()) {
                throw Refusal.general(Check.PURPOSE, "client.purpose.required");
            }
            audit.recordWithPurpose(action, ClientService.SUBJECT, id, details, purpose);
        } else {
            audit.record(action, ClientService.SUBJECT, id, details);
        }
    }
}
