package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.Client.PersonalData;
import dk.kriminalforsorgen.mentorordning.client.ClientService.NewClient;
import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * Demo clients (DOMAIN §8, profile {@code demo} only): fictional people with valid-format CPR
 * numbers across the four areas, chosen so that every rule E1-E9 is met by one client and refused
 * for another. Dates are relative to the clock, so the demo stays true whenever it is loaded.
 * Idempotent: a client whose CPR number exists is skipped.
 */
@Component
@Profile("demo")
@Order(20)
@RequiredArgsConstructor
public class DemoClients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

    private final ClientService service;
    private final CustodyStatuses statuses;
    private final ClientAssessments assessments;
    private final ClientRepository clients;
    private final CprProtector cprProtector;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * One demo client: who, where, since when, and what the caseworker has recorded (each step optional).
     * {@code then} runs after the rest, for a later custody change.
     */
    private record DemoClient(String firstName, String lastName, String cpr, Language language,
                              CustodyPlacement placement, LocalDate since, Recorder by, LocalDate assessedOn,
                              RiskLevel level, String need, Boolean motivated, LocalDate motivatedOn,
                              LocalDate offeredOn, OfferAnswer answer, Consumer<Client> then) {

        DemoClient assessed(LocalDate on, RiskLevel risk) {
            return new DemoClient(firstName, lastName, cpr, language, placement, since, by, on, risk, need, motivated,
                    motivatedOn, offeredOn, answer, then);
        }

        DemoClient need(String text, Boolean isMotivated, LocalDate on) {
            return new DemoClient(firstName, lastName, cpr, language, placement, since, by, assessedOn, level, text,
                    isMotivated, on, offeredOn, answer, then);
        }

        DemoClient offered(LocalDate on, OfferAnswer offerAnswer) {
            return new DemoClient(firstName, lastName, cpr, language, placement, since, by, assessedOn, level, need,
                    motivated, motivatedOn, on, offerAnswer, then);
        }

        DemoClient then(Consumer<Client> step) {
            return new DemoClient(firstName, lastName, cpr, language, placement, since, by, assessedOn, level, need,
                    motivated, motivatedOn, offeredOn, answer, step);
        }
    }

    private static DemoClient client(String firstName, String lastName, String cpr, Language language,
                                     CustodyPlacement placement, LocalDate since, Recorder by) {
        return new DemoClient(firstName, lastName, cpr, language, placement, since, by, null, null, null, null, null,
                null, null, null);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Recorder north = recorder("sagsbehandler");
        Recorder south = recorder("sagsbehandler.syd");
        if (north == null || south == null) {
            log.warn("Demo users missing; demo clients not loaded");
            return;
        }
        int created = 0;
        for (DemoClient demo : demoClients(today, north, south)) {
            Client c = create(demo);
            if (c != null) {
                created++;
                record(c, demo);
            }
        }
        if (created > 0) {
            log.info("{} demo clients created", created);
        }
    }

    private List<DemoClient> demoClients(LocalDate today, Recorder north, Recorder south) {
        return List.of(
                // Hovedstaden (area 1)
                // E1-E4 met under supervision, E9 due: eligible and not yet offered.
                client("Ahmad", "Rahimi", "120389-1457", Language.AR, supervised(104L, today.plusMonths(14)), today.minusMonths(5), north)
                        .assessed(today.minusMonths(2), RiskLevel.HIGH)
                        .need("Ingen stabil bolig og et netværk præget af kriminalitet; kommunens tilbud dækker ikke behovet for en fast voksen.", true, today.minusWeeks(3)),
                // E1 refused: low risk.
                client("Mette", "Kristensen", "030792-2318", Language.DA, supervised(105L, today.plusMonths(9)), today.minusMonths(3), north)
                        .assessed(today.minusMonths(1), RiskLevel.LOW)
                        .need("Ønsker hjælp til at komme i uddannelse.", true, today.minusWeeks(2)),
                // E5 refused (four months from release: earliest start in a month); offered and accepted.
                client("Jonas", "Friis", "250495-1193", Language.DA, inmate(101L, 104L, today.plusMonths(4)), today.minusMonths(14), north)
                        .assessed(today.minusMonths(3), RiskLevel.MEDIUM)
                        .need("Har brug for støtte til bolig, økonomi og kontakt til kommunen efter løsladelsen.", true, today.minusWeeks(1))
                        .offered(today.minusWeeks(1), OfferAnswer.ACCEPTED),
                // E5 met (two months from release), E6 condition; offered and accepted.
                client("Kasper", "Holm", "081186-2061", Language.DA, inmate(103L, 104L, today.plusMonths(2)), today.minusMonths(20), north)
                        .assessed(today.minusMonths(4), RiskLevel.HIGH)
                        .need("Skal etablere et nyt netværk uden for miljøet og har brug for hjælp til struktur i hverdagen.", true, today.minusMonths(1))
                        .offered(today.minusMonths(1), OfferAnswer.ACCEPTED),
                // E7 met: released at end of sentence with voluntary supervision.
                client("Line", "Mortensen", "170290-1628", Language.DA, voluntary(104L), today.minusMonths(2), north)
                        .assessed(today.minusMonths(5), RiskLevel.MEDIUM)
                        .need("Har brug for vejledning i kontakt med myndigheder og kreditorer.", true, today.minusMonths(2))
                        .offered(today.minusMonths(2), OfferAnswer.ACCEPTED),
                // E7 refused: released at end of sentence without voluntary supervision; offered and declined.
                client("Nikolaj", "Brandt", "290188-2875", Language.DA, released(104L), today.minusMonths(1), north)
                        .assessed(today.minusMonths(6), RiskLevel.HIGH)
                        .need("Behov for støtte til beskæftigelse og en stabil hverdag.", false, today.minusMonths(1))
                        .offered(today.minusMonths(1), OfferAnswer.DECLINED),
                // E1 warning: assessment older than a year; eligible; E9 due.
                client("Sofie", "Lindberg", "050593-1840", Language.DA, supervised(104L, today.plusMonths(18)), today.minusMonths(16), north)
                        .assessed(today.minusMonths(14), RiskLevel.VERY_HIGH)
                        .need("Misbrug og manglende netværk; behandlingstilbuddet dækker ikke behovet for daglig støtte.", true, today.minusMonths(2)),
                // E4 refused: electronic monitoring.
                client("Emil", "Sørensen", "140297-1213", Language.DA, monitored(105L, today.plusMonths(3)), today.minusMonths(1), north)
                        .assessed(today.minusMonths(2), RiskLevel.MEDIUM),
                // E8 warning: supervision ends in two months; E3 not recorded; offered, no answer yet.
                client("Frederik", "Nygaard", "220791-1575", Language.EN, supervised(104L, today.plusMonths(2)), today.minusMonths(22), north)
                        .assessed(today.minusMonths(7), RiskLevel.HIGH)
                        .need("Har brug for hjælp til at fastholde job og bolig efter tilsynets ophør.", null, null)
                        .offered(today.minusWeeks(2), OfferAnswer.NO_ANSWER),
                // E8 met: supervision ended, now voluntary supervision.
                client("Ida", "Jensen", "300694-2426", Language.DA, supervised(105L, today.minusWeeks(2)), today.minusMonths(24), north)
                        .assessed(today.minusMonths(6), RiskLevel.MEDIUM)
                        .need("Ønsker fortsat støtte fra sin mentor til uddannelse og netværk.", true, today.minusMonths(1))
                        .offered(today.minusMonths(8), OfferAnswer.ACCEPTED)
                        .then(c -> statuses.applyStatus(c, voluntary(105L), today.minusWeeks(2).plusDays(1), north)),
                // E1 and E2 refused: an inmate without an assessment or a documented need.
                client("Ali", "Hassan", "011099-1389", Language.TR, inmate(102L, 104L, today.plusMonths(8)), today.minusMonths(2), north),

                // Syddanmark (area 3)
                client("Mikkel", "Thomsen", "091187-1935", Language.DA, supervised(304L, today.plusMonths(12)), today.minusMonths(4), south)
                        .assessed(today.minusMonths(1), RiskLevel.HIGH)
                        .need("Ingen fast bopæl og gæld; har brug for en fast voksen til at skabe overblik.", true, today.minusWeeks(2)),
                client("Camilla", "Lund", "260396-1746", Language.DA, inmate(301L, 304L, today.plusMonths(5)), today.minusMonths(10), south)
                        .assessed(today.minusMonths(2), RiskLevel.MEDIUM)
                        .need("Behov for støtte til familie og fritid efter løsladelsen.", false, today.minusWeeks(3)),
                client("Rasmus", "Dahl", "131085-1317", Language.PL, supervised(305L, today.plusMonths(6)), today.minusMonths(6), south)
                        .assessed(today.minusMonths(3), RiskLevel.VERY_LOW),

                // Sjælland (area 2) and Midt- og Nordjylland (area 4)
                client("Thomas", "Berg", "180589-1153", Language.DA, supervised(204L, today.plusMonths(10)), today.minusMonths(3), south)
                        .assessed(today.minusMonths(2), RiskLevel.MEDIUM)
                        .need("Har brug for hjælp til at bryde med tidligere omgangskreds.", true, today.minusMonths(1)),
                client("Maria", "Nielsen", "070798-2284", Language.DA, inmate(401L, 404L, today.plusWeeks(10)), today.minusMonths(9), south)
                        .assessed(today.minusMonths(2), RiskLevel.HIGH)
                        .need("Skal have støtte til bolig og uddannelse ved løsladelsen.", true, today.minusWeeks(4))
                        .offered(today.minusWeeks(4), OfferAnswer.ACCEPTED));
    }

    /** What the caseworker recorded about a new demo client, in the order a caseworker would. */
    private void record(Client c, DemoClient demo) {
        if (demo.assessedOn() != null) {
            assess(c, demo.assessedOn(), demo.level(), demo.by());
        }
        if (demo.need() != null) {
            assessments.applyNeedAndMotivation(c, demo.need(), demo.motivated(), demo.motivatedOn(), null);
        }
        if (demo.offeredOn() != null) {
            assessments.addOffer(c, demo.offeredOn(), demo.answer(), null, demo.by());
        }
        if (demo.then() != null) {
            demo.then().accept(c);
        }
    }

    private Recorder recorder(String username) {
        return jdbc.query("select id, display_name, certified_assessor, area_id from staff_card where lower(username) = ?",
                rs -> rs.next() ? new Recorder(rs.getLong("id"), rs.getString("display_name"),
                        rs.getBoolean("certified_assessor"), rs.getLong("area_id")) : null, username);
    }

    private Client create(DemoClient demo) {
        if (clients.existsByCprHash(cprProtector.lookupHash(Cpr.of(demo.cpr())))) {
            return null;
        }
        String email = demo.firstName().toLowerCase(java.util.Locale.ROOT).replace("ø", "oe") + "."
                + demo.lastName().toLowerCase(java.util.Locale.ROOT).replace("ø", "oe") + "@example.dk";
        PersonalData data = new PersonalData(demo.firstName(), demo.lastName(), "+45 20 00 00 00", email, null,
                demo.language());
        return service.register(new NewClient(data, demo.cpr(), demo.placement(), demo.since()), demo.by());
    }

    private void assess(Client client, LocalDate on, RiskLevel level, Recorder by) {
        Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
        RiskLevel[] levels = RiskLevel.values();
        for (NeedArea area : NeedArea.values()) {
            // A plausible spread around the overall level.
            int shift = (area.ordinal() % 3) - 1;
            needs.put(area, levels[Math.max(0, Math.min(levels.length - 1, level.ordinal() + shift))]);
        }
        assessments.addAssessment(client, on, level, needs, by);
    }

    private static CustodyPlacement supervised(Long office, LocalDate end) {
        return new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, office, null, null, end);
    }

    private static CustodyPlacement inmate(Long unit, Long releaseOffice, LocalDate release) {
        return new CustodyPlacement(CustodyStatus.INMATE, unit, releaseOffice, release, null);
    }

    private static CustodyPlacement voluntary(Long office) {
        return new CustodyPlacement(CustodyStatus.VOLUNTARY_SUPERVISION, office, null, null, null);
    }

    private static CustodyPlacement released(Long office) {
        return new CustodyPlacement(CustodyStatus.RELEASED_NO_SUPERVISION, office, null, null, null);
    }

    private static CustodyPlacement monitored(Long office, LocalDate end) {
        return new CustodyPlacement(CustodyStatus.ELECTRONIC_MONITORING, office, null, null, end);
    }
}
