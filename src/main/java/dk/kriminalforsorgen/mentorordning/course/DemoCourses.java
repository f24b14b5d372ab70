package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalCooperation;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalPlanKind;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.actionplan.SharingConsent;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.OfferAnswer;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.MentorProfile;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RecordResult;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.Language;

/**
 * Demo courses (DOMAIN §8, profile {@code demo} only): a course in every state, one review overdue,
 * one kick-off pending, an inmate course that continues after release, one ended with goal outcomes,
 * one in Syddanmark, and an eligible client without a course (the client feature's Ahmad Rahimi) for
 * trying the whole journey. Dates are relative to the injected clock. Clients and mentors are looked up
 * by name and, when missing, registered through the client and registry features' services, acting as
 * the demo caseworker and coordinator (so their checks and audit apply). The course mentors are the
 * feature's own, so the registry's demo workload stays as the registry describes it. Idempotent: a
 * client who already has a course is left alone.
 */
@Component
@Profile("demo")
@Order(40)
@RequiredArgsConstructor
public class DemoCourses implements ApplicationRunner {

    /** The eligible client of Hovedstaden without a course, for the browser journey and for trying it out. */
    public static final String JOURNEY_CLIENT = "Ahmad Rahimi";
    /** The active course whose quarterly review is overdue (shown first on the caseworker's start page). */
    public static final String OVERDUE_CLIENT = "Mikkel Jensen";
    public static final String KICK_OFF_CLIENT = "Yusuf Demir";
    public static final String INMATE_CLIENT = "Kasper Holm";
    public static final String ENDED_CLIENT = "Sofie Larsen";
    public static final String PREPARING_CLIENT = "Jonas Madsen";
    public static final String SOUTH_CLIENT = "Lars Poulsen";
    /** Released this week: the course was flagged "continuation to confirm", not ended (C13, E6). */
    public static final String RELEASED_CLIENT = "Mads Vester";
    /** An inmate of Hovedstaden who will be supervised in Syddanmark: the course was handed over there (C2). */
    public static final String HANDED_OVER_CLIENT = "Oliver Friis";

    private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);
    private static final long KIF_KOEBENHAVN_NORD = 104;
    private static final long HALFWAY_HOUSE = 103;
    private static final long PRISON = 101;
    private static final long KIF_ODENSE = 304;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuthenticationProvider logins;
    private final ClientService clients;
    private final MentorRegistry registry;
    private final MentorCourseRepository courses;
    private final CourseFeeRepository fees;
    private final ActivityGrantRepository grants;
    private final ActionPlans plans;
    private final Meetings meetings;
    private final CourseProperties properties;
    private final CoursePreparation preparation;
    private final CourseHandovers handovers;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        try {
            LocalDate today = LocalDate.now(clock);
            // The courses have mentors of their own, so the registry's demo mentors keep the workload its
            // own demo and tests describe (M10).
            as("tovholder", () -> {
                mentor("Henrik", "Bach", "2200", "København N", Set.of(NeedArea.EDUCATION_EMPLOYMENT, NeedArea.COMPANIONS));
                mentor("Lone", "Winther", "2400", "København NV", Set.of(NeedArea.FAMILY_MARITAL, NeedArea.LEISURE_RECREATION));
                mentor("Per", "Holst", "3400", "Hillerød", Set.of(NeedArea.ALCOHOL_DRUG, NeedArea.EDUCATION_EMPLOYMENT));
                mentor("Bente", "Kjeldsen", "5000", "Odense C", Set.of(NeedArea.EDUCATION_EMPLOYMENT));
                return null;
            });
            long henrik = mentorId("Henrik", "Bach").orElseThrow();
            long lone = mentorId("Lone", "Winther").orElseThrow();
            long per = mentorId("Per", "Holst").orElseThrow();
            long bente = mentorId("Bente", "Kjeldsen").orElseThrow();
            Actor caseworker = actor("sagsbehandler");

            as("sagsbehandler", () -> {
                client(JOURNEY_CLIENT, "150390-1231", supervised(today), today.minusMonths(2));
                long overdue = client(OVERDUE_CLIENT, "020288-1413", supervised(today), today.minusMonths(9));
                long kickOff = client(KICK_OFF_CLIENT, "110495-1677", supervised(today), today.minusMonths(1));
                long inmate = client(INMATE_CLIENT, "300192-1235", new CustodyPlacement(CustodyStatus.INMATE, HALFWAY_HOUSE,
                        KIF_KOEBENHAVN_NORD, today.plusMonths(2), null), today.minusYears(1));
                long ended = client(ENDED_CLIENT, "081185-1240", supervised(today), today.minusMonths(16));
                long preparing = client(PREPARING_CLIENT, "240599-1453", supervised(today), today.minusMonths(1));
                tx.executeWithoutResult(s -> {
                    if (noCourse(overdue)) {
                        MentorCourse c = active(overdue, henrik, "4", today.minusMonths(8), false, caseworker);
                        meeting(c, true, today.minusMonths(8).plusDays(6), "Opstart: ugentlige møder, mentor ringer til forløbsansvarlig ved bekymring.");
                        meeting(c, false, today.minusMonths(4).minusDays(15), "Job-mål på vej; fortsæt som aftalt.");
                        fee(c, "1800", today.minusMonths(8), caseworker);
                    }
                    if (noCourse(kickOff)) {
                        active(kickOff, lone, "3", today.minusDays(3), false, caseworker);
                    }
                    if (noCourse(inmate)) {
                        MentorCourse c = active(inmate, per, "3", today.minusDays(20), true, caseworker);
                        meeting(c, true, today.minusDays(15), "Mentor besøger i fængslet hver anden uge og fortsætter efter løsladelsen.");
                    }
                    if (noCourse(ended)) {
                        MentorCourse c = active(ended, lone, "2", today.minusMonths(14), false, caseworker);
                        meeting(c, true, today.minusMonths(14).plusDays(5), "Opstart aftalt.");
                        meeting(c, false, today.minusMonths(11), "God fremgang.");
                        meeting(c, false, today.minusMonths(8), "Arbejde fundet.");
                        meeting(c, false, today.minusMonths(5), "Netværk styrket.");
                        fee(c, "1200", today.minusMonths(14), caseworker);
                        grants.save(new ActivityGrant(c.getId(), today.minusMonths(6), "Svømmekursus i hold med frivillige",
                                new BigDecimal("750"), caseworker, Instant.now(clock)));
                        c.end(new MentorCourse.Ending(EndReason.PURPOSE_ACHIEVED, today.minusMonths(1),
                                "Klienten har fast arbejde og et netværk uden kriminalitet.",
                                List.of(new CourseGoalOutcome(1, NeedArea.EDUCATION_EMPLOYMENT, "Fast job eller uddannelse", GoalOutcome.ACHIEVED),
                                        new CourseGoalOutcome(2, NeedArea.COMPANIONS, "Et netværk uden kriminalitet", GoalOutcome.PARTLY))),
                                List.of(1, 2), caseworker, today, Instant.now(clock));
                        courses.saveAndFlush(c);
                    }
                    if (noCourse(preparing)) {
                        MentorCourse c = courses.saveAndFlush(MentorCourse.prepare(preparing, 1L, today, caseworker,
                                Instant.now(clock)));
                        c.recordProposal(ProposalKind.PROPOSED, "Sin tidligere fodboldtræner, Ole Damgaard", null, today,
                                Instant.now(clock));
                        plans.save(c.getId(), null, plan(), true, caseworker.userId(), caseworker.name());
                    }
                });
                return null;
            });

            // C13: an inmate's course continued across the release this week; the status change flagged it
            // for the caseworker's confirmation (E6) instead of ending it.
            as("sagsbehandler", () -> {
                if (clientId(RELEASED_CLIENT).isEmpty()) {
                    long client = client(RELEASED_CLIENT, "050191-1235", new CustodyPlacement(CustodyStatus.INMATE,
                            PRISON, KIF_KOEBENHAVN_NORD, today.plusDays(20), null), today.minusMonths(10));
                    tx.executeWithoutResult(s -> {
                        MentorCourse c = active(client, per, "2", today.minusMonths(2), true, caseworker);
                        meeting(c, true, today.minusMonths(2).plusDays(5), "Mentor besøger i fængslet og følger med ud.");
                        meeting(c, false, today.minusDays(10), "Løsladelsen er planlagt; bolig er på plads.");
                    });
                    changeStatus(client, supervised(today), today.minusDays(2));
                }
                return null;
            });

            // The registry's demo data has Karim Nielsen (linked to the demo user `mentor`) mentoring Ida
            // Jensen through a registry commitment, its stand-in from before courses existed. Make it a real
            // active course, so the mentor's own pages and status reports are at work when logging in as
            // `mentor`; the commitment ends that day, so the hours are not counted twice (M10).
            as("sagsbehandler", () -> {
                List<Long> ida = jdbc.queryForList(
                        "select id from client where first_name = 'Ida' and last_name = 'Jensen'", Long.class);
                Optional<Long> karim = mentorId("Karim", "Nielsen");
                if (ida.size() == 1 && karim.isPresent() && noCourse(ida.get(0))) {
                    LocalDate start = today.minusMonths(3);
                    tx.executeWithoutResult(s -> {
                        MentorCourse c = active(ida.get(0), karim.get(), "7.5", start, false, caseworker);
                        meeting(c, true, start.plusDays(4), "Opstart: ugentlige møder; mentor afleverer statusrapport hver måned.");
                        municipalJobPlan(c.getId(), start.plusDays(4), caseworker);
                        jdbc.update("""
                                update mentor_commitment set active = false, ended_on = ?
                                where mentor_id = ? and client_id = ? and active""", start, karim.get(), ida.get(0));
                    });
                }
                return null;
            });

            // C2 (§10): prepared in Hovedstaden while the release office was unknown; the inmate will be
            // supervised in Odense, so the course was handed over to Syddanmark. Both areas see its history.
            as("sagsbehandler", () -> {
                if (clientId(HANDED_OVER_CLIENT).isEmpty()) {
                    long client = client(HANDED_OVER_CLIENT, "190694-1219", new CustodyPlacement(CustodyStatus.INMATE,
                            PRISON, null, today.plusMonths(2), null), today.minusMonths(8));
                    long course = preparation.prepare(client, today);
                    preparation.recordProposal(course, courseVersion(course), ProposalKind.NONE, null);
                    preparation.savePlan(course, null, plan());
                    changeStatus(client, new CustodyPlacement(CustodyStatus.INMATE, PRISON, KIF_ODENSE,
                            today.plusMonths(2), null), today);
                    handovers.handOver(course, "Klienten løslades til tilsyn i KiF Odense. Handleplan og forslag er klar; "
                            + "I træffer afgørelsen om etablering (§7 stk. 1).");
                }
                return null;
            });

            Actor south = actor("sagsbehandler.syd");
            as("sagsbehandler.syd", () -> {
                long client = client(SOUTH_CLIENT, "170793-1417",
                        new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, KIF_ODENSE, null, null, today.plusYears(1)),
                        today.minusMonths(3));
                tx.executeWithoutResult(s -> {
                    if (noCourse(client)) {
                        MentorCourse c = active(client, bente, "2", today.minusMonths(2), false, south);
                        meeting(c, true, today.minusMonths(2).plusDays(4), "Opstart i Odense.");
                    }
                });
                return null;
            });
            log.info("Demo courses ready");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // ---------------------------------------------------------------- courses

    private boolean noCourse(long clientId) {
        Integer n = jdbc.queryForObject("select count(*) from mentor_course where client_id = ?", Integer.class, clientId);
        return n == null || n == 0;
    }

    private MentorCourse active(long clientId, long mentorId, String hours, LocalDate start, boolean inmate, Actor by) {
        Instant now = Instant.now(clock);
        long area = jdbc.queryForObject("select area_id from client where id = ?", Long.class, clientId);
        MentorCourse course = courses.saveAndFlush(MentorCourse.prepare(clientId, area, start, by, now));
        course.recordProposal(ProposalKind.NONE, null, null, start, now);
        plans.save(course.getId(), null, plan(), true, by.userId(), by.name());
        course.establish(new MentorCourse.Establishment(mentorId, new BigDecimal(hours), by.userId(), by.name(), start,
                inmate ? Boolean.TRUE : null, null), inmate, true, true, by, now);
        return courses.saveAndFlush(course);
    }

    private void meeting(MentorCourse course, boolean kickOff, LocalDate on, String agreed) {
        MeetingSchedule schedule = new MeetingSchedule(properties.reviewInterval(), properties.kickOffWithin());
        Meetings.Held held = new Meetings.Held(on, "Klienten, mentoren og den forløbsansvarlige", agreed);
        if (kickOff) {
            meetings.recordKickOff(course.getId(), course.getStartDate(), held, schedule, course.getResponsibleUserId(),
                    course.getResponsibleName());
        } else {
            meetings.recordReview(course.getId(), held, null, schedule, course.getResponsibleUserId(),
                    course.getResponsibleName());
        }
    }

    private void fee(MentorCourse course, String amount, LocalDate from, Actor by) {
        fees.save(new CourseFee(course.getId(), new BigDecimal(amount), from,
                "Aftalte timer om ugen og månedlige statusrapporter (§14 stk. 2)", by, Instant.now(clock)));
    }

    /**
     * Issue 17: at the kick-off Ida Jensen consented to sharing with Københavns Kommune, whose job plan the action
     * plan builds on; recorded as the plan's version 2 with a fictional municipal contact person.
     */
    private void municipalJobPlan(long courseId, LocalDate consentOn, Actor by) {
        long planVersion = plans.find(courseId).orElseThrow().plan().getVersion();
        PlanContent base = plan();
        plans.save(courseId, planVersion, new PlanContent(base.needDescription(), base.goals(), base.tasks(),
                new MunicipalCooperation(101, "Mette Fiktiv Holm", "33 66 33 66", "mette.holm@jobcenter.example.dk",
                        MunicipalPlanKind.JOB_PLAN, "Jobplan fra Jobcenter København: praktik i lager og logistik, "
                        + "derefter ordinære timer. Handleplanen bygger videre på praktikken.",
                        SharingConsent.GIVEN, consentOn)), false, by.userId(), by.name());
    }

    static PlanContent plan() {
        return new PlanContent("Klienten har brug for en fast voksen at spejle sig i og for støtte til at komme i "
                + "arbejde og ud af et kriminelt miljø. Behovet kan ikke dækkes af familie eller kommune alene.",
                List.of(new PlanContent.GoalText(NeedArea.EDUCATION_EMPLOYMENT, "Fast job eller uddannelse"),
                        new PlanContent.GoalText(NeedArea.COMPANIONS, "Et netværk uden kriminalitet")),
                List.of(new PlanContent.Tasks(TaskGroup.PRACTICAL, "Struktur i hverdagen, jobsøgning", "Kontakt til jobcenter"),
                        new PlanContent.Tasks(TaskGroup.PERSONAL, "Samtaler om netværk og fritid", null),
                        new PlanContent.Tasks(TaskGroup.RESOCIALISATION, "Melder tilbage hver måned (§17)",
                                "Tilsyn og opfølgning på handleplanen")));
    }

    // ---------------------------------------------------------------- clients and mentors of the other features

    private static CustodyPlacement supervised(LocalDate today) {
        return new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, KIF_KOEBENHAVN_NORD, null, null, today.plusYears(1));
    }

    /** The client by name, else registered through the client feature and made eligible (E1-E3). */
    private long client(String name, String cpr, CustodyPlacement placement, LocalDate since) {
        String[] parts = name.split(" ", 2);
        Optional<Long> existing = clientId(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = clients.create(new ClientService.NewClient(new Client.PersonalData(parts[0], parts[1], null, null,
                null, Language.DA), cpr, placement, since));
        Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            needs.put(area, area == NeedArea.EDUCATION_EMPLOYMENT || area == NeedArea.COMPANIONS ? RiskLevel.HIGH
                    : RiskLevel.LOW);
        }
        LocalDate today = LocalDate.now(clock);
        clients.recordAssessment(id, today.minusMonths(1), RiskLevel.HIGH, needs);
        clients.recordNeedAndMotivation(id, clientVersion(id), "Har brug for en stabil voksen til at komme i arbejde og bryde "
                + "med det kriminelle miljø; familien kan ikke løfte opgaven.", true, today.minusMonths(1), null);
        clients.recordOffer(id, today.minusMonths(1), OfferAnswer.ACCEPTED, "Tilbudt ved tilsynssamtale (E9).");
        return id;
    }

    /** The first client of that name ("first last"), if any. */
    private Optional<Long> clientId(String name) {
        String[] parts = name.split(" ", 2);
        return jdbc.queryForList("select id from client where first_name = ? and last_name = ? order by id",
                Long.class, parts[0], parts[1]).stream().findFirst();
    }

    /** A custody status change through the client feature, from the client's current version. */
    private void changeStatus(long client, CustodyPlacement placement, LocalDate since) {
        clients.changeStatus(client, clientVersion(client), placement, since);
    }

    private long clientVersion(long client) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, client);
    }

    private Optional<Long> mentorId(String first, String last) {
        return jdbc.queryForList("select id from mentor where first_name = ? and last_name = ? and status = 'APPROVED' order by id",
                Long.class, first, last).stream().findFirst();
    }

    /** An approved mentor of Hovedstaden by name, else registered, vetted and approved through the registry. */
    private void mentor(String first, String last, String postalCode, String city, Set<NeedArea> strengths) {
        if (mentorId(first, last).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<NeedArea> needs = strengths;
        // One transaction: the registry's embedded vetting is null when reloaded before consent (reported to the
        // registry feature), so the mentor is registered, vetted and approved while it stays loaded.
        tx.executeWithoutResult(s -> {
            dk.kriminalforsorgen.mentorordning.mentor.Mentor m = registry.register(new MentorProfile(first, last,
                    today.minusYears(45), null, null, null, postalCode, city, 1L, true, today.minusMonths(2),
                    today.minusMonths(2), today.minusMonths(2), null, new BigDecimal("10"), today.minusMonths(1), needs,
                    Set.of(TaskGroup.PRACTICAL, TaskGroup.PERSONAL), Set.of()), "Demodata");
            registry.recordConsent(m.getId(), m.getVersion(), today.minusMonths(2));
            registry.recordCheck(m.getId(), m.getVersion(), today.minusMonths(2), RecordResult.NOT_REGISTERED, null);
            registry.decide(m.getId(), m.getVersion(), MentorRegistry.AreaDecision.APPROVE,
                    "Egnet efter samtale og referencer");
        });
    }

    private long courseVersion(long course) {
        return jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, course);
    }

    private long version(long mentorId) {
        return jdbc.queryForObject("select version from mentor where id = ?", Long.class, mentorId);
    }

    private Actor actor(String username) {
        return Actor.of((CurrentUser) login(username).getPrincipal());
    }

    /** Acts as a demo user by logging in with the demo password, so the other features' checks and audit apply. */
    private Authentication login(String username) {
        return logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, DemoUsers.PASSWORD));
    }

    private <T> T as(String username, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(login(username));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
