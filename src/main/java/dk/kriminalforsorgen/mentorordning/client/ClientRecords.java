package dk.kriminalforsorgen.mentorordning.client;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * Reading a client record: the whole page, an edit form's record, or the full CPR number. Each read is
 * audited (AU1) in its transaction; the directorate states a purpose (AZ5).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientRecords {

    private final ClientAccess access;
    private final CustodyStatusChangeRepository statusHistory;
    private final RiskAssessmentRepository assessments;
    private final MentorOfferRepository offers;
    private final CprProtector cprProtector;
    private final ClientEligibility eligibility;

    /** Everything the client page shows, read and audited in one transaction. */
    public record ClientRecord(Client client, String maskedCpr, List<CustodyStatusChange> statusHistory,
                               List<RiskAssessment> assessments, List<MentorOffer> offers, EligibilityResult eligibility) {

        public RiskAssessment latestAssessment() {
            return assessments.isEmpty() ? null : assessments.get(0);
        }
    }

    /**
     * Opens a client record (CLIENT_VIEWED). The directorate must state a purpose (AZ5); it is
     * written into the audit row.
     */
    @Transactional
    public ClientRecord open(long id, String purpose) {
        Client client = access.loadVisible(id);
        access.auditRead("CLIENT_VIEWED", id, null, purpose);
        return new ClientRecord(client, cprProtector.decrypt(client.getCprEncrypted()).masked(),
                statusHistory.findByClientIdOrderByValidFromDescIdDesc(id),
                assessments.findByClientIdOrderByAssessedOnDescIdDesc(id),
                offers.findByClientIdOrderByOfferedOnDescIdDesc(id),
                eligibility.today(client));
    }

    /** Loads a client for one of the edit forms (a read of the record, audited as such). */
    @Transactional
    public Client openForEdit(long id, String form) {
        Client client = access.loadVisible(id);
        access.auditRead("CLIENT_VIEWED", id, "formular: " + form, null);
        return client;
    }

    /** DP2: shows the full CPR number in this one response, audited (CPR_REVEALED); never the number itself in the log. */
    @Transactional
    public Cpr revealCpr(long id, String purpose) {
        Client client = access.loadVisible(id);
        access.auditRead("CPR_REVEALED", id, null, purpose);
        return cprProtector.decrypt(client.getCprEncrypted());
    }
}
