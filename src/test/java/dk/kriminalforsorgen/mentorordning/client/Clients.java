package dk.kriminalforsorgen.mentorordning.client;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.support.StateFactory;
import dk.kriminalforsorgen.mentorordning.support.TestClock;

/**
 * Clients in a named eligibility state for integration tests, registered through {@link ClientService}
 * by a signed-in test caseworker of the unit's area (never SQL, never demo data), on the
 * {@link TestClock}'s day. Each takes the CPR number, so the test knows it (e.g. to search by it).
 */
public final class Clients extends StateFactory {

    private final ClientService clients = bean(ClientService.class);

    public Clients(ApplicationContext context) {
        super(context);
    }

    /**
     * Under supervision at the unit, with a high-risk LS/RNR assessment, a special need and motivation, and no
     * mentor offered yet: eligible, and E9's offer is due.
     */
    public long eligibleOfferDue(String caseworker, long unit, String firstName, String lastName, String cpr) {
        return eligibleOfferDue(caseworker, unit, firstName, lastName, cpr, Language.DA);
    }

    /** As {@link #eligibleOfferDue(String, long, String, String, String)}, preferring the given language. */
    public long eligibleOfferDue(String caseworker, long unit, String firstName, String lastName, String cpr,
                                 Language language) {
        return as(caseworker, () -> {
            long id = supervised(unit, firstName, lastName, cpr, language);
            assessHigh(id);
            clients.recordNeedAndMotivation(id, version(id), "Behov for en fast voksen.", true, today().minusDays(5), null);
            return id;
        });
    }

    /** As {@link #eligibleOfferDue}, but the client has accepted the offer of a mentor: eligible, no offer due. */
    public long eligibleOffered(String caseworker, long unit, String firstName, String lastName, String cpr) {
        long id = eligibleOfferDue(caseworker, unit, firstName, lastName, cpr);
        as(caseworker, () -> {
            clients.recordOffer(id, today().minusDays(1), OfferAnswer.ACCEPTED, null);
            return null;
        });
        return id;
    }

    /** Under supervision at the unit without any LS/RNR assessment (E1 not met): not eligible. */
    public long unassessed(String caseworker, long unit, String firstName, String lastName, String cpr) {
        return as(caseworker, () -> supervised(unit, firstName, lastName, cpr, Language.DA));
    }

    private long supervised(long unit, String firstName, String lastName, String cpr, Language language) {
        LocalDate today = today();
        return clients.create(new ClientService.NewClient(
                new Client.PersonalData(firstName, lastName, null, null, null, language), cpr,
                new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, unit, null, null, today.plusYears(1)),
                today.minusMonths(1)));
    }

    private void assessHigh(long id) {
        Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            needs.put(area, RiskLevel.MEDIUM);
        }
        clients.recordAssessment(id, today().minusDays(10), RiskLevel.HIGH, needs);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, id);
    }
}
