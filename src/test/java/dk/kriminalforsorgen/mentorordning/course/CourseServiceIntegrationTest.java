package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
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
import dk.kriminalforsorgen.mentorordning.mentor.OtherCommitments;
import dk.kriminalforsorgen.mentorordning.mentor.Workload;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;

/**
 * The course rules that need other records, through {@link CourseService} on the real database: C1, C2,
 * C3, C5, C7, C8, C13, E1, E5, M6, M10 and CI2 (parallel establishments never exceed the ceiling).
 */
@DemoDataTest
class CourseServiceIntegrationTest {

    private static final long KIF_KBH_NORD = 104;
    private static final long PRISON_AREA_1 = 101;
    private static final long KIF_ODENSE = 304;

    @Autowired
    CourseService courses;
    @Autowired
    ClientService clients;
    @Autowired
    MentorRegistry registry;
    @Autowired
    Workload workload;
    @Autowired
    AuthenticationProvider logins;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ------------------------------------------------------------------ C1, C2

    @Test
    void C2_aCourseWhoseClientMovesToAnotherAreaMustBeHandedOverAndIsThenDecidedThere() {
        LocalDate today = today();
        long client = as(DemoUsers.CASEWORKER, () -> newClient(
                new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, null, today.plusMonths(2), null), RiskLevel.HIGH));
        long course = as(DemoUsers.CASEWORKER, () -> readyCourse(client, today));
        as(DemoUsers.CASEWORKER, () -> clients.changeStatus(client, clientVersion(client),
                new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, KIF_ODENSE, today.plusMonths(2), null), today));

        long mentor = as(DemoUsers.COORDINATOR, () -> approvedMentor(1L));
        CourseService.EstablishInput input = input(mentor, "3", userId(DemoUsers.CASEWORKER), today);
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.establish(course, courseVersion(course), input);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.C2)).isTrue());

        as(DemoUsers.CASEWORKER, () -> {
            courses.handOver(course, "Klienten skal i tilsyn i Odense.");
            return null;
        });
        assertThat(jdbc.queryForObject("select area_id from mentor_course where id = ?", Long.class, course)).isEqualTo(3L);

        // C2: both areas see the course and its history; C1: only the receiving area decides.
        CourseService.CourseView seenByFormerArea = as(DemoUsers.CASEWORKER, () -> courses.view(course));
        assertThat(seenByFormerArea.canDecide()).isFalse();
        assertThat(seenByFormerArea.handovers()).hasSize(1);
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.recordProposal(course, courseVersion(course), ProposalKind.NONE, null);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("C1")));
        CourseService.CourseView seenByReceivingArea = as(DemoUsers.CASEWORKER_SOUTH, () -> courses.view(course));
        assertThat(seenByReceivingArea.canDecide()).isTrue();
        assertThat(seenByReceivingArea.handoverNeeded()).isFalse();
    }

    @Test
    void C1_C3_C4_C6_C7_establishmentInTheCompetentAreaMakesTheCourseActiveWithEverything() {
        LocalDate today = today();
        long client = as(DemoUsers.CASEWORKER, () -> newClient(supervised(today), RiskLevel.HIGH));
        long course = as(DemoUsers.CASEWORKER, () -> readyCourse(client, today));
        long mentor = as(DemoUsers.COORDINATOR, () -> approvedMentor(1L));
        as(DemoUsers.CASEWORKER, () -> {
            courses.establish(course, courseVersion(course), input(mentor, "3", userId(DemoUsers.CASEWORKER), today));
            return null;
        });
        Map<String, Object> row = jdbc.queryForMap(
                "select state, mentor_id, responsible_name, established_by_name from mentor_course where id = ?", course);
        assertThat(row.get("state")).isEqualTo("ACTIVE");
        assertThat(row.get("mentor_id")).isEqualTo(mentor);
        assertThat(row.get("responsible_name")).isEqualTo("Signe Holm");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_ESTABLISHED' and subject_id = ?",
                Long.class, String.valueOf(course))).isEqualTo(1);
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.establish(course, courseVersion(course), input(mentor, "3", userId(DemoUsers.CASEWORKER), today));
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.messageKey()).isEqualTo("course.alreadyDecided")));
    }

    @Test
    void C3_C4_C6_C7_M6_establishmentIsRefusedWithEveryReasonAndNothingIsSaved() {
        LocalDate today = today();
        long client = as(DemoUsers.CASEWORKER, () -> newClient(supervised(today), RiskLevel.HIGH));
        long course = as(DemoUsers.CASEWORKER, () -> courses.prepare(client, today));
        long mentor = as(DemoUsers.COORDINATOR, () -> {
            long id = approvedMentor(1L);
            registry.recordCloseRelation(id, dk.kriminalforsorgen.mentorordning.mentor.ClientFacts.class.cast(
                    facts(client)), "CLIENT", "Fætter til klienten.");
            return id;
        });
        long southCaseworker = userId(DemoUsers.CASEWORKER_SOUTH);
        long version = courseVersion(course);
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.establish(course, version, input(mentor, "3", southCaseworker, today));
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).extracting(RuleViolation::ruleId)
                .contains("C3", "C4", "C6", "C7", "M6"));
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("PREPARING");
        assertThat(courseVersion(course)).isEqualTo(version);
    }

    // ------------------------------------------------------------------ E rules at preparation

    @Test
    void E1_refusesToPrepareACourseForAClientWithLowRisk() {
        LocalDate today = today();
        long client = as(DemoUsers.CASEWORKER, () -> newClient(supervised(today), RiskLevel.LOW));
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> courses.prepare(client, today)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.E1)).isTrue());
    }

    @Test
    void E5_anInmateCourseCanBePreparedFromThreeMonthsBeforeReleaseAndNotEarlier() {
        LocalDate today = today();
        LocalDate release = today.plusMonths(4);
        long client = as(DemoUsers.CASEWORKER, () -> newClient(
                new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, KIF_KBH_NORD, release, null), RiskLevel.HIGH));
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> courses.prepare(client, today)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.E5)).isTrue());
        long course = as(DemoUsers.CASEWORKER, () -> courses.prepare(client, release.minusMonths(3)));
        assertThat(course).isPositive();
    }

    // ------------------------------------------------------------------ C5, C8

    @Test
    void C5_C8_kickOffThenAReviewThatRevisesThePlanMakesVersionTwoAndKeepsVersionOne() {
        LocalDate today = today();
        long course = establishedCourse(supervised(today), "2");
        as(DemoUsers.CASEWORKER, () -> {
            courses.recordKickOff(course, new Meetings.Held(today, "Klient, mentor, Signe", "Ugentlige møder"));
            return null;
        });
        long planVersion = jdbc.queryForObject("select version from action_plan where course_id = ?", Long.class, course);
        PlanContent revised = new PlanContent("Behov revideret", List.of(
                new PlanContent.GoalText(NeedArea.EDUCATION_EMPLOYMENT, "Starte på AMU-kursus")), List.of(
                new PlanContent.Tasks(TaskGroup.PRACTICAL, "Følge til kursusstart", null)));
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> courses.recordReview(course,
                new Meetings.Held(today.minusDays(1), "Klient, mentor", "Før opstartsmødet"), planVersion, revised)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("C8")));
        var number = as(DemoUsers.CASEWORKER, () -> courses.recordReview(course,
                new Meetings.Held(today, "Klient, mentor", "Godt i gang"), planVersion, revised));
        assertThat(number).contains(2);
        assertThat(as(DemoUsers.CASEWORKER, () -> courses.planVersion(course, 1)).getGoals()).hasSize(2);
        assertThat(as(DemoUsers.CASEWORKER, () -> courses.planVersion(course, 2)).getGoals()).hasSize(1);
        assertThat(as(DemoUsers.CASEWORKER, () -> courses.view(course)).due().dueOn()).isEqualTo(today.plusMonths(3));
    }

    // ------------------------------------------------------------------ C13

    @Test
    void C13_releaseFlagsTheCourseAndTheCaseworkerConfirmsTheContinuation() {
        LocalDate today = today();
        long course = establishedCourse(new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, KIF_KBH_NORD,
                today.plusMonths(2), null), "2");
        long client = jdbc.queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
        as(DemoUsers.CASEWORKER, () -> clients.changeStatus(client, clientVersion(client), supervised(today), today));
        Map<String, Object> flagged = jdbc.queryForMap("select state, continuation_to_confirm from mentor_course where id = ?", course);
        assertThat(flagged.get("state")).isEqualTo("ACTIVE");
        assertThat(flagged.get("continuation_to_confirm")).isEqualTo("RELEASE");
        as(DemoUsers.CASEWORKER, () -> {
            courses.confirmContinuation(course, courseVersion(course), "Fortsætter under tilsyn som planlagt (E6).");
            return null;
        });
        assertThat(jdbc.queryForObject("select continuation_to_confirm from mentor_course where id = ?", String.class, course))
                .isNull();
        assertThat(jdbc.queryForObject("select rule_id from course_continuation where course_id = ?", String.class, course))
                .isEqualTo("E6");
    }

    @Test
    void C13_E6_aReleaseWithoutSupervisionCannotBeConfirmedAndTheCourseStaysFlagged() {
        LocalDate today = today();
        long course = establishedCourse(new CustodyPlacement(CustodyStatus.INMATE, PRISON_AREA_1, KIF_KBH_NORD,
                today.plusMonths(2), null), "2");
        long client = jdbc.queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
        as(DemoUsers.CASEWORKER, () -> clients.changeStatus(client, clientVersion(client),
                new CustodyPlacement(CustodyStatus.RELEASED_NO_SUPERVISION, KIF_KBH_NORD, null, null, null), today));
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.confirmContinuation(course, courseVersion(course), "Vil gerne fortsætte");
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("E6")));
        assertThat(jdbc.queryForObject("select continuation_to_confirm from mentor_course where id = ?", String.class, course))
                .isEqualTo("RELEASE");
    }

    @Test
    void C13_E8_afterSupervisionEndsTheCourseContinuesUnderVoluntarySupervision() {
        LocalDate today = today();
        long course = establishedCourse(supervised(today), "2");
        long client = jdbc.queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
        as(DemoUsers.CASEWORKER, () -> clients.changeStatus(client, clientVersion(client),
                new CustodyPlacement(CustodyStatus.VOLUNTARY_SUPERVISION, KIF_KBH_NORD, null, null, null), today));
        assertThat(jdbc.queryForObject("select continuation_to_confirm from mentor_course where id = ?", String.class, course))
                .isEqualTo("SUPERVISION_ENDED");
        as(DemoUsers.CASEWORKER, () -> {
            courses.confirmContinuation(course, courseVersion(course), "Har accepteret frivilligt tilsyn (§4 stk. 2).");
            return null;
        });
        assertThat(jdbc.queryForObject("select rule_id from course_continuation where course_id = ?", String.class, course))
                .isEqualTo("E8");
    }

    @Test
    void C13_E8_withoutVoluntarySupervisionTheContinuationIsRefusedAndTheCourseIsNotEnded() {
        LocalDate today = today();
        long course = establishedCourse(supervised(today), "2");
        long client = jdbc.queryForObject("select client_id from mentor_course where id = ?", Long.class, course);
        as(DemoUsers.CASEWORKER, () -> clients.changeStatus(client, clientVersion(client),
                new CustodyPlacement(CustodyStatus.RELEASED_NO_SUPERVISION, KIF_KBH_NORD, null, null, null), today));
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.confirmContinuation(course, courseVersion(course), "Vil gerne fortsætte");
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("E8")));
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
    }

    // ------------------------------------------------------------------ M10 and CI2

    @Test
    void M10_raisingTheAgreedHoursAboveTheCeilingIsRefused() {
        LocalDate today = today();
        long course = establishedCourse(supervised(today), "2");
        long mentor = jdbc.queryForObject("select mentor_id from mentor_course where id = ?", Long.class, course);
        OtherCommitments.active(jdbc, mentor, "15", today);
        assertThatThrownBy(() -> as(DemoUsers.CASEWORKER, () -> {
            courses.changeHours(course, courseVersion(course), new BigDecimal("4"));
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("M10")));
        as(DemoUsers.CASEWORKER, () -> {
            courses.changeHours(course, courseVersion(course), new BigDecimal("3.5"));
            return null;
        });
        assertThat(workload.agreedHours(mentor)).isEqualByComparingTo("18.5");
    }

    @Test
    void CI2_parallelEstablishmentsWithOneMentorNeverExceedTheCeiling() throws Exception {
        LocalDate today = today();
        long mentor = as(DemoUsers.COORDINATOR, () -> {
            long id = approvedMentor(1L);
            OtherCommitments.active(jdbc, id, "12", today);
            return id;
        });
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long client = as(DemoUsers.CASEWORKER, () -> newClient(supervised(today), RiskLevel.HIGH));
            ready.add(as(DemoUsers.CASEWORKER, () -> readyCourse(client, today)));
        }
        long responsible = userId(DemoUsers.CASEWORKER);
        Authentication caseworker = login(DemoUsers.CASEWORKER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long course : ready) {
                long version = courseVersion(course);
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(caseworker);
                    start.await();
                    try {
                        courses.establish(course, version, input(mentor, "4", responsible, today));
                        return "OK";
                    } catch (Refusal refused) {
                        return String.join(",", refused.violations().stream().map(RuleViolation::ruleId).toList());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("OK", "M10");
        } finally {
            pool.shutdownNow();
        }
        assertThat(workload.agreedHours(mentor)).isEqualByComparingTo("16");
        assertThat(jdbc.queryForObject("select count(*) from mentor_course where mentor_id = ? and state = 'ACTIVE'",
                Long.class, mentor)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static CustodyPlacement supervised(LocalDate today) {
        return new CustodyPlacement(CustodyStatus.UNDER_SUPERVISION, KIF_KBH_NORD, null, null, today.plusYears(1));
    }

    private long establishedCourse(CustodyPlacement placement, String hours) {
        LocalDate today = today();
        long client = as(DemoUsers.CASEWORKER, () -> newClient(placement, RiskLevel.HIGH));
        long course = as(DemoUsers.CASEWORKER, () -> readyCourse(client, today));
        long mentor = as(DemoUsers.COORDINATOR, () -> approvedMentor(1L));
        as(DemoUsers.CASEWORKER, () -> {
            courses.establish(course, courseVersion(course), input(mentor, hours, userId(DemoUsers.CASEWORKER), today));
            return null;
        });
        return course;
    }

    private static CourseService.EstablishInput input(long mentor, String hours, long responsible, LocalDate start) {
        return new CourseService.EstablishInput(mentor, new BigDecimal(hours), responsible, start, true, null);
    }

    /** A prepared course with the proposal (C3) and an action plan that describes the need and divides tasks (C4, C6). */
    private long readyCourse(long client, LocalDate start) {
        long course = courses.prepare(client, start);
        courses.recordProposal(course, courseVersion(course), ProposalKind.NONE, null);
        courses.savePlan(course, null, DemoCourses.plan());
        return course;
    }

    private long newClient(CustodyPlacement placement, RiskLevel risk) {
        LocalDate today = today();
        String cpr = String.format("%02d%02d%02d-%04d", ThreadLocalRandom.current().nextInt(1, 29),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(60, 99),
                ThreadLocalRandom.current().nextInt(1000, 9999));
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

    private Object facts(long client) {
        return new dk.kriminalforsorgen.mentorordning.mentor.ClientFacts(client, "Test", 1L, KIF_KBH_NORD, null,
                Set.of(), null, null);
    }

    private long approvedMentor(long area) {
        LocalDate today = today();
        return tx.execute(s -> {
            Mentor m = registry.register(new MentorProfile("Test", "Mentor " + ThreadLocalRandom.current().nextInt(1_000_000),
                    today.minusYears(40), null, null, null, "2200", "København N", area, true, today.minusMonths(1),
                    today.minusMonths(1), today.minusMonths(1), null, new BigDecimal("10"), today.minusMonths(1),
                    Set.of(NeedArea.EDUCATION_EMPLOYMENT), Set.of(TaskGroup.PRACTICAL), Set.of()), "Test");
            registry.recordConsent(m.getId(), m.getVersion(), today.minusMonths(1));
            registry.recordCheck(m.getId(), m.getVersion(), today.minusMonths(1), RecordResult.NOT_REGISTERED, null);
            registry.decide(m.getId(), m.getVersion(), MentorRegistry.AreaDecision.APPROVE, "Egnet");
            return m.getId();
        });
    }

    private long courseVersion(long course) {
        return jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, course);
    }

    private long clientVersion(long client) {
        return jdbc.queryForObject("select version from client where id = ?", Long.class, client);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

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
