package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorProfile;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RecordResult;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.support.StateFactory;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Courses in a named state for integration tests, made through the domain's own use cases (never SQL,
 * never demo data): {@link #preparing}, {@link #ready}, {@link #active}, {@link #activeWithKickOff}.
 * Each makes its own client (a fresh test CPR number) and mentor in Hovedstaden on the {@link TestClock}'s day.
 */
public final class CourseSteps extends StateFactory {

    public static final long KIF_KBH_NORD = TestUsers.KIF_KOEBENHAVN_NORD;
    public static final long PRISON_AREA_1 = TestUsers.BISPEBJERG;
    private static final AtomicInteger MENTORS = new AtomicInteger();

    private final ClientService clients = bean(ClientService.class);
    private final MentorRegistry registry = bean(MentorRegistry.class);
    private final CoursePreparation preparation = bean(CoursePreparation.class);
    private final CourseEstablishment establishment = bean(CourseEstablishment.class);
    private final CourseMentors mentors = bean(CourseMentors.class);
    private final CourseMeetings meetings = bean(CourseMeetings.class);
    private final TransactionTemplate tx = bean(TransactionTemplate.class);

    public CourseSteps(ApplicationContext context) {
        super(context);
    }

    public static CustodyPlacement supervised(LocalDate today) {
        return new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, KIF_KBH_NORD, null, null, today.plusYears(1));
    }

    public static CustodyPlacement inmateReleasedTo(long releaseUnit, LocalDate release) {
        return new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, releaseUnit, release, null);
    }

    /** A course being prepared for a new eligible client under supervision in Hovedstaden. */
    public long preparing() {
        long client = as(TestUsers.CASEWORKER, () -> newClient(supervised(today()), RiskLevel.HIGH));
        return as(TestUsers.CASEWORKER, () -> preparation.prepare(client, today()));
    }

    /** A prepared course with the proposal (C3) and an action plan that describes the need and divides tasks (C4, C6). */
    public long ready(long client) {
        return as(TestUsers.CASEWORKER, () -> {
            long course = preparation.prepare(client, today());
            preparation.recordProposal(course, courseVersion(course), ProposalKind.NONE, null);
            preparation.savePlan(course, null, DemoCourses.plan());
            return course;
        });
    }

    /**
     * A prepared course ready for the establishment decision: proposal and plan (C3, C4, C6) and a new
     * approved mentor chosen on the matching page with the given hours a week.
     */
    long readyWithMentor(String hours) {
        long client = as(TestUsers.CASEWORKER, () -> newClient(supervised(today()), RiskLevel.HIGH));
        long course = ready(client);
        long mentor = as(TestUsers.COORDINATOR, this::approvedMentor);
        as(TestUsers.CASEWORKER, () -> {
            mentors.chooseMentor(course, courseVersion(course), mentor, new BigDecimal(hours), "Valgt i testen");
            return null;
        });
        return course;
    }

    /** An active course started today, with a new approved mentor and the given hours a week. */
    public long active(CustodyPlacement placement, String hours) {
        long client = as(TestUsers.CASEWORKER, () -> newClient(placement, RiskLevel.HIGH));
        long course = ready(client);
        long mentor = as(TestUsers.COORDINATOR, this::approvedMentor);
        as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, courseVersion(course), input(mentor, hours, today()));
            return null;
        });
        return course;
    }

    public long active() {
        return active(supervised(today()), "2");
    }

    /** An active course whose kick-off (C5) was held today; the first review is due three months later. */
    public long activeWithKickOff() {
        long course = active();
        as(TestUsers.CASEWORKER, () -> {
            meetings.recordKickOff(course, new Meetings.Held(today(), "Klient, mentor, sagsbehandler", "Ugentlige møder"));
            return null;
        });
        return course;
    }

    public CourseEstablishment.EstablishInput input(long mentor, String hours, LocalDate start) {
        return new CourseEstablishment.EstablishInput(mentor, new BigDecimal(hours), userId(TestUsers.CASEWORKER),
                start, true, null);
    }

    public long newClient(CustodyPlacement placement, RiskLevel risk) {
        LocalDate today = today();
        String cpr = TestCprNumbers.next();
        long id = clients.create(new ClientService.NewClient(new Client.PersonalData("Test", "Klient " + cpr, null, null,
                null, Language.DA), cpr, placement, today.minusMonths(1)));
        Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            needs.put(area, RiskLevel.MEDIUM);
        }
        clients.recordAssessment(id, today.minusDays(10), risk, needs);
        clients.recordNeedAndMotivation(id, clientVersion(id), "Behov for en fast voksen.", true, today.minusDays(5), null);
        return id;
    }

    /** A mentor of Hovedstaden approved by the signed-in coordinator, with 10 hours a week to give. */
    public long approvedMentor() {
        LocalDate today = today();
        return tx.execute(s -> {
            Mentor m = registry.register(new MentorProfile("Forløbsmentor", "Nr " + MENTORS.incrementAndGet(),
                    today.minusYears(40), null, null, null, "2200", "København N", TestUsers.HOVEDSTADEN, true,
                    today.minusMonths(1), today.minusMonths(1), today.minusMonths(1), null, new BigDecimal("10"),
                    today.minusMonths(1), Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL), Set.of()),
                    "Test");
            registry.recordConsent(m.getId(), m.getVersion(), today.minusMonths(1));
            registry.recordCheck(m.getId(), m.getVersion(), today.minusMonths(1), RecordResult.NOT_REGISTERED, null);
            registry.decide(m.getId(), m.getVersion(), MentorRegistry.AreaDecision.APPROVE, "Egnet");
            return m.getId();
        });
    }

    public long courseVersion(long course) {
        return jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, course);
    }

    public long clientVersion(long client) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, client);
    }

    public long clientOf(long course) {
        return jdbc.queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
