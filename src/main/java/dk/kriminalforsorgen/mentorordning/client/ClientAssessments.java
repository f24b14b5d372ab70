package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * What the caseworker records about a client's suitability: LS/RNR assessments (E1), the special need
 * and motivation (E2, E3) and offers of a mentor (E9). Each change recomputes the stored eligibility.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientAssessments {

    private final ClientAccess access;
    private final ClientChecks checks;
    private final RiskAssessmentRepository assessments;
    private final MentorOfferRepository offers;
    private final ClientEligibility eligibility;
    private final AuditService audit;
    private final Clock clock;

    /** E1: an LS/RNR assessment, only by a certified assessor; the latest (by date) counts. */
    @Transactional
    public void recordAssessment(long id, LocalDate assessedOn, RiskLevel level, Map<NeedArea, RiskLevel> needs) {
        CurrentUser user = access.user();
        Client client = access.loadVisible(id);
        Refusal.throwIfAny(checks.checkAssessment(user.certifiedAssessor(), assessedOn));
        addAssessment(client, assessedOn, level, needs, Recorder.of(user));
        audit.record("RISK_ASSESSMENT_RECORDED", ClientService.SUBJECT, id, "risiko=" + level + ", dato=" + assessedOn);
    }

    /** Without access or audit checks: for {@link #recordAssessment} and the demo data. */
    void addAssessment(Client client, LocalDate assessedOn, RiskLevel level, Map<NeedArea, RiskLevel> needs, Recorder by) {
        if (!by.certifiedAssessor()) {
            throw Refusal.general(Rule.E1, "client.assessment.notCertified");
        }
        EnumMap<NeedArea, RiskLevel> complete = new EnumMap<>(NeedArea.class);
        complete.putAll(needs);
        if (complete.size() != NeedArea.values().length) {
            throw Refusal.general(Check.INPUT, "client.assessment.needsIncomplete");
        }
        Instant now = Instant.now(clock);
        assessments.save(new RiskAssessment(client.getId(), assessedOn, level, complete, by.userId(), by.name(), now));
        if (client.getCurrentAssessmentDate() == null || !assessedOn.isBefore(client.getCurrentAssessmentDate())) {
            client.applyLatestAssessment(level, assessedOn);
        }
        client.touch(now);
        eligibility.refresh(client);
    }

    /** E2 and E3: the documented special need and the motivation with its date. CI1: refused when stale. */
    @Transactional
    public void recordNeedAndMotivation(long id, long version, String specialNeed, Boolean motivated,
                                        LocalDate motivationDate, String motivationNote) {
        Client client = access.loadVisible(id);
        StaleEditException.requireVersion(version, client.getVersion(), "client " + id);
        Refusal.throwIfAny(checks.checkMotivation(motivated, motivationDate));
        applyNeedAndMotivation(client, specialNeed, motivated, motivationDate, motivationNote);
        audit.record("CLIENT_NEED_CHANGED", ClientService.SUBJECT, id, "behov=" + (specialNeed == null ? "nej" : "ja")
                + ", motiveret=" + (motivated == null ? "ikke registreret" : motivated ? "ja" : "nej"));
    }

    void applyNeedAndMotivation(Client client, String specialNeed, Boolean motivated, LocalDate motivationDate,
                                String motivationNote) {
        client.applyNeedAndMotivation(specialNeed, motivated, motivationDate, motivationNote, Instant.now(clock));
        eligibility.refresh(client);
    }

    /** E9: an offer of a mentor with the client's answer. */
    @Transactional
    public void recordOffer(long id, LocalDate offeredOn, OfferAnswer answer, String note) {
        Client client = access.loadVisible(id);
        Refusal.throwIfAny(checks.notFuture(offeredOn, "offeredOn"));
        addOffer(client, offeredOn, answer, note, access.recorder());
        audit.record("MENTOR_OFFER_RECORDED", ClientService.SUBJECT, id, "svar=" + answer + ", dato=" + offeredOn);
    }

    void addOffer(Client client, LocalDate offeredOn, OfferAnswer answer, String note, Recorder by) {
        Instant now = Instant.now(clock);
        offers.save(new MentorOffer(client.getId(), offeredOn, answer, note, by.userId(), by.name(), now));
        if (client.getLastOfferDate() == null || !offeredOn.isBefore(client.getLastOfferDate())) {
            client.applyLatestOffer(offeredOn, answer);
        }
        client.touch(now);
        eligibility.refresh(client);
    }
}
