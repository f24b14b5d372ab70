package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.ClientFacts;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.OtherCommitments;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.mentor.Workload;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * The course rules that need other records, through the course use cases on the real database without
 * demo data: C1, C2, C3, C5, C7, C8, C11, C13, E1, E5, M6, M10 and CI2 (parallel establishments never
 * exceed the ceiling). Every test makes its own clients, mentors and courses ({@link CourseSteps}) and
 * sets its own day on the {@link TestClock}.
 */
class CourseServiceIntegrationTest extends CourseTestBase {

    /** A Monday well inside a year, so "the same calendar year" (C11) and month arithmetic are plain. */
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    CourseReading reading;
    @Autowired
    CoursePreparation preparation;
    @Autowired
    CourseMentors mentors;
    @Autowired
    CourseEstablishment establishment;
    @Autowired
    CourseHandovers handovers;
    @Autowired
    CourseMeetings meetings;
    @Autowired
    CourseMoney money;
    @Autowired
    CourseEnding ending;
    @Autowired
    ClientService clients;
    @Autowired
    MentorRegistry registry;
    @Autowired
    Workload workload;
    @Autowired
    Matching matching;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    // ------------------------------------------------------------------ the matching port

    /** The course feature feeds the matching port mentor_client_history: the mentor of an ended course is "previous". */
    @Test
    void theMentorOfAnEndedCourseWithTheClientIsRankedFirstAsAPreviousMentor() {
        long course = steps.active();
        long client = steps.clientOf(course);
        long mentor = jdbc.queryForObject("select mentor_id from mentor_course where id = ?", Long.class, course);
        steps.as(TestUsers.CASEWORKER, () -> {
            ending.end(course, steps.courseVersion(course), new MentorCourse.Ending(EndReason.BY_AGREEMENT, DAY, null,
                    List.of(new CourseGoalOutcome(1, null, null, GoalOutcome.ACHIEVED),
                            new CourseGoalOutcome(2, null, null, GoalOutcome.PARTLY))));
            return null;
        });
        ClientFacts facts = new ClientFacts(client, "Test Klient", TestUsers.HOVEDSTADEN, CourseSteps.KIF_KBH_NORD, null,
                java.util.Set.of(NeedArea.EDUCATION_EMPLOYMENT), "da", "2200");
        Matching.Result result = steps.as(TestUsers.CASEWORKER, () -> matching.match(facts, null));
        Matching.Candidate first = result.ranked().get(0);
        assertThat(first.mentorId()).isEqualTo(mentor);
        assertThat(first.explanations()).extracting(Matching.Explanation::messageKey).contains("mentor.match.previous");
        assertThat(result.ranked().stream().skip(1).flatMap(c -> c.explanations().stream())
                .map(Matching.Explanation::messageKey)).doesNotContain("mentor.match.previous");
    }

    // ------------------------------------------------------------------ C1, C2

    @Test
    void C1_aCaseworkerOfTheClientsAreaPreparesTheCourse() {
        long course = steps.preparing();
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("PREPARING");
    }

    @Test
    void C1_preparingACourseForAClientOfAnotherAreaIsRefusedAndNothingIsSaved() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH));
        // The directorate sees every client but belongs to no area: it may not prepare the course (§7 stk. 1).
        assertThatThrownBy(() -> steps.as(TestUsers.DIRECTORATE, () -> preparation.prepare(client, DAY)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.C1)).isTrue());
        // Another area's caseworker does not even see the client (AZ2).
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER_SOUTH, () -> preparation.prepare(client, DAY)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from mentor_course where client_id = ?", Long.class, client))
                .isZero();
    }

    @Test
    void STATE_aSecondOpenCourseForTheSameClientIsAStateRefusalNotC1() {
        long course = steps.preparing();
        long client = steps.clientOf(course);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, DAY)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.concerns(Check.STATE)).isTrue();
                    assertThat(r.concerns(Rule.C1)).isFalse();
                });
    }

    @Test
    void C2_aCourseWhoseClientMovesToAnotherAreaMustBeHandedOverAndIsThenDecidedThere() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(
                CourseSteps.inmateReleasedTo(CourseSteps.KIF_KBH_NORD, DAY.plusMonths(2)), RiskLevel.HIGH));
        long course = steps.ready(client);
        steps.as(TestUsers.CASEWORKER, () -> clients.changeStatus(client, steps.clientVersion(client),
                CourseSteps.inmateReleasedTo(TestUsers.KIF_ODENSE, DAY.plusMonths(2)), DAY));

        long mentor = steps.as(TestUsers.COORDINATOR, steps::approvedMentor);
        var input = steps.input(mentor, "3", DAY);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, steps.courseVersion(course), input);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.C2)).isTrue());

        steps.as(TestUsers.CASEWORKER, () -> {
            handovers.handOver(course, "Klienten skal i tilsyn i Odense.");
            return null;
        });
        assertThat(jdbc.queryForObject("select area_id from mentor_course where id = ?", Long.class, course))
                .isEqualTo(TestUsers.SYDDANMARK);

        // C2: both areas see the course and its history; C1: only the receiving area decides.
        CourseReading.CourseView seenByFormerArea = steps.as(TestUsers.CASEWORKER, () -> reading.view(course));
        assertThat(seenByFormerArea.canDecide()).isFalse();
        assertThat(seenByFormerArea.handovers()).hasSize(1);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            preparation.recordProposal(course, steps.courseVersion(course), ProposalKind.NONE, null);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ruleId()).isEqualTo("C1"));
        CourseReading.CourseView seenByReceivingArea = steps.as(TestUsers.CASEWORKER_SOUTH, () -> reading.view(course));
        assertThat(seenByReceivingArea.canDecide()).isTrue();
        assertThat(seenByReceivingArea.handoverNeeded()).isFalse();
    }

    @Test
    void C1_C3_C4_C6_C7_establishmentInTheCompetentAreaMakesTheCourseActiveWithEverything() {
        long course = steps.active(CourseSteps.supervised(DAY), "3");
        Map<String, Object> row = jdbc.queryForMap(
                "select state, responsible_name, established_by_name from mentor_course where id = ?", course);
        assertThat(row.get("state")).isEqualTo("ACTIVE");
        assertThat(row.get("responsible_name")).isEqualTo("Tina Holm");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_ESTABLISHED' and subject_id = ?",
                Long.class, String.valueOf(course))).isEqualTo(1);
        long mentor = jdbc.queryForObject("select mentor_id from mentor_course where id = ?", Long.class, course);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, steps.courseVersion(course), steps.input(mentor, "3", DAY));
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.first().messageKey()).isEqualTo("course.alreadyDecided");
            assertThat(r.first().ground()).isEqualTo(Check.STATE);
        });
    }

    @Test
    void C3_C4_C6_C7_M6_establishmentIsRefusedWithEveryReasonAndNothingIsSaved() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH));
        long course = steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, DAY));
        long mentor = steps.as(TestUsers.COORDINATOR, () -> {
            long id = steps.approvedMentor();
            registry.recordCloseRelation(id, new ClientFacts(client, "Test", TestUsers.HOVEDSTADEN,
                    CourseSteps.KIF_KBH_NORD, null, java.util.Set.of(), null, null), "CLIENT", "Fætter til klienten.");
            return id;
        });
        long southCaseworker = steps.userId(TestUsers.CASEWORKER_SOUTH);
        long version = steps.courseVersion(course);
        var input = new CourseEstablishment.EstablishInput(mentor, new BigDecimal("3"), southCaseworker, DAY, true, null);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, version, input);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).extracting(RuleViolation::ruleId)
                .contains("C3", "C4", "C6", "C7", "M6"));
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("PREPARING");
        assertThat(steps.courseVersion(course)).isEqualTo(version);
    }

    @Test
    void INPUT_establishingWithoutAChosenMentorIsAnInputRefusalOnTheMentorField() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH));
        long course = steps.ready(client);
        var input = new CourseEstablishment.EstablishInput(null, new BigDecimal("3"),
                steps.userId(TestUsers.CASEWORKER), DAY, true, null);
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, steps.courseVersion(course), input);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).anySatisfy(v -> {
            assertThat(v.ground()).isEqualTo(Check.INPUT);
            assertThat(v.field()).isEqualTo("mentorId");
        }));
    }

    // ------------------------------------------------------------------ E rules at preparation

    @Test
    void E1_refusesToPrepareACourseForAClientWithLowRisk() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.LOW));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, DAY)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.E1)).isTrue());
    }

    @Test
    void E5_anInmateCourseCanBePreparedFromThreeMonthsBeforeReleaseAndNotEarlier() {
        LocalDate release = DAY.plusMonths(4);
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(
                CourseSteps.inmateReleasedTo(CourseSteps.KIF_KBH_NORD, release), RiskLevel.HIGH));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, DAY)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.E5)).isTrue());
        long course = steps.as(TestUsers.CASEWORKER, () -> preparation.prepare(client, release.minusMonths(3)));
        assertThat(course).isPositive();
    }

    // ------------------------------------------------------------------ C5, C8

    @Test
    void C5_theKickOffIsDueFourteenDaysAfterTheStartAndOverdueTheDayAfter() {
        long course = steps.active();
        clock.setDate(DAY.plusDays(14));
        CourseReading.CourseView onTheDueDay = steps.as(TestUsers.CASEWORKER, () -> reading.view(course));
        assertThat(onTheDueDay.due().kind()).isEqualTo(dk.kriminalforsorgen.mentorordning.meeting.MeetingKind.KICK_OFF);
        assertThat(onTheDueDay.due().dueOn()).isEqualTo(DAY.plusDays(14));
        assertThat(onTheDueDay.overdue()).isFalse();
        clock.setDate(DAY.plusDays(15));
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.view(course)).overdue()).isTrue();
    }

    @Test
    void C8_theReviewIsDueOnItsDayAndOverdueOnlyTheDayAfterOnThePageAndInTheLists() {
        long course = steps.activeWithKickOff();
        LocalDate due = DAY.plusMonths(3);

        clock.setDate(due);
        CourseReading.CourseView onTheDueDay = steps.as(TestUsers.CASEWORKER, () -> reading.view(course));
        assertThat(onTheDueDay.due().dueOn()).isEqualTo(due);
        assertThat(onTheDueDay.overdue()).isFalse();
        assertThat(onTheDueDay.due().messageKey(due)).endsWith(".due");
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.myCourses(Integer.MAX_VALUE).rows())).filteredOn(r -> r.id() == course)
                .singleElement().satisfies(r -> assertThat(r.overdue()).isFalse());
        assertThat(steps.as(TestUsers.COORDINATOR, reading::areaOverdue)).noneMatch(r -> r.id() == course);
        int overdueInAreaOnTheDueDay = steps.as(TestUsers.COORDINATOR, reading::areaOverdueCount);

        clock.setDate(due.plusDays(1));
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.view(course)).overdue()).isTrue();
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.myCourses(Integer.MAX_VALUE).rows())).filteredOn(r -> r.id() == course)
                .singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
        // The coordinator's panel shows the 25 most overdue of the area, which other test classes' courses may fill;
        // its count (the same SQL) takes this course in the day after the due day.
        assertThat(steps.as(TestUsers.COORDINATOR, reading::areaOverdueCount)).isGreaterThan(overdueInAreaOnTheDueDay);
    }

    /**
     * Issue 10: the start panel reads only its first courses, ordered in SQL; they must be the first of the whole list
     * in the Java order ({@code CourseQueries.URGENCY}): kick-off overdue, active without kick-off, preparing.
     */
    @Test
    void C5_C8_theBoundedPanelShowsTheFirstCoursesOfTheWholeListInItsOrder() {
        steps.preparing();
        steps.active();
        steps.activeWithKickOff();
        clock.setDate(DAY.plusMonths(1)); // the kick-off of the active courses is overdue (C5), the reviews are not
        steps.active();

        var all = steps.as(TestUsers.CASEWORKER, () -> reading.myCourses(Integer.MAX_VALUE));
        assertThat(all.rows()).hasSizeGreaterThanOrEqualTo(4).hasSize(all.total());
        assertThat(all.rows()).anyMatch(r -> r.overdue()).anyMatch(r -> !r.overdue());
        for (int limit = 1; limit <= Math.min(all.rows().size(), 10); limit++) {
            int first = limit;
            var bounded = steps.as(TestUsers.CASEWORKER, () -> reading.myCourses(first));
            assertThat(bounded.rows()).as("the first %d", first).isEqualTo(all.rows().subList(0, first));
            assertThat(bounded.total()).isEqualTo(all.total());
        }
    }

    @Test
    void C5_C8_kickOffThenAReviewThatRevisesThePlanMakesVersionTwoAndKeepsVersionOne() {
        long course = steps.activeWithKickOff();
        long planVersion = jdbc.queryForObject("select version from action_plan where course_id = ?", Long.class, course);
        PlanContent revised = new PlanContent("Behov revideret", List.of(
                new PlanContent.GoalText(NeedArea.EDUCATION_EMPLOYMENT, "Starte på AMU-kursus")), List.of(
                new PlanContent.Tasks(TaskGroup.PRACTICAL, "Følge til kursusstart", null)));
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> meetings.recordReview(course,
                new Meetings.Held(DAY.minusDays(1), "Klient, mentor", "Før opstartsmødet"), planVersion, revised)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ruleId()).isEqualTo("C8"));
        var number = steps.as(TestUsers.CASEWORKER, () -> meetings.recordReview(course,
                new Meetings.Held(DAY, "Klient, mentor", "Godt i gang"), planVersion, revised));
        assertThat(number).contains(2);
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.planVersion(course, 1)).getGoals()).hasSize(2);
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.planVersion(course, 2)).getGoals()).hasSize(1);
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.view(course)).due().dueOn()).isEqualTo(DAY.plusMonths(3));
    }

    // ------------------------------------------------------------------ C11

    @Test
    void C11_grantsUpToTheConfiguredCeilingOf5000AYearAreAllowedAndOneKroneOverIsRefused() {
        long course = steps.active();
        grant(course, "3000");
        // Already granted counts: 3000 + 2001 would pass a check that forgets this year's grants.
        assertThatThrownBy(() -> grant(course, "2001"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.C11)).isTrue());
        grant(course, "2000");
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.view(course)).grantedThisYear()).isEqualByComparingTo("5000");
        assertThatThrownBy(() -> grant(course, "1"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.concerns(Rule.C11)).isTrue());
    }

    @Test
    void C11_aSingleGrantOfExactlyTheCeilingIsAllowedAndTheNextYearStartsAgain() {
        long course = steps.active();
        grant(course, "5000");
        clock.setDate(LocalDate.parse("2027-01-01"));
        grant(course, "5000");
        assertThat(steps.as(TestUsers.CASEWORKER, () -> reading.view(course)).grantCeiling()).isEqualByComparingTo("5000");
    }

    private void grant(long course, String amount) {
        steps.as(TestUsers.CASEWORKER, () -> {
            money.grant(course, ExpenseType.ACTIVITY, "Kursusgebyr til AMU", new BigDecimal(amount));
            return null;
        });
    }

    // ------------------------------------------------------------------ C13

    @Test
    void C13_theCustodyStatusEventIsHandledByTheCourseModuleAndItsPublicationCompleted() {
        long course = releasedInmatesCourse(CourseSteps.supervised(DAY));
        long client = steps.clientOf(course);
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
                select count(*) from event_publication
                where event_type like '%CustodyStatusChanged' and completion_date is null
                  and serialized_event like ?""", Long.class, "%\"clientId\":" + client + ",%")).isZero());
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication
                where event_type like '%CustodyStatusChanged' and listener_id like '%CustodyStatusListener%'
                  and serialized_event like ?""", Long.class, "%\"clientId\":" + client + ",%")).isEqualTo(1);
    }

    @Test
    void C13_releaseFlagsTheCourseAndTheCaseworkerConfirmsTheContinuation() {
        long course = releasedInmatesCourse(CourseSteps.supervised(DAY));
        assertThatThrownBy(() -> confirmContinuation(course, "  "))
                .as("C13: the continuation is a recorded decision with its reason")
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.first().ground()).isEqualTo(Rule.C13);
                    assertThat(r.first().field()).isEqualTo("note");
                });
        confirmContinuation(course, "Fortsætter under tilsyn som planlagt (E6).");
        assertThat(jdbc.queryForObject("select continuation_to_confirm from mentor_course where id = ?", String.class, course))
                .isNull();
        assertThat(jdbc.queryForObject("select rule_id from course_continuation where course_id = ?", String.class, course))
                .isEqualTo("E6");
    }

    @Test
    void C13_E6_aReleaseWithoutSupervisionCannotBeConfirmedAndTheCourseStaysFlagged() {
        long course = releasedInmatesCourse(atKifKbhNord(CustodyStatus.RELEASED_NO_SUPERVISION));
        assertThatThrownBy(() -> confirmContinuation(course, "Vil gerne fortsætte"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ruleId()).isEqualTo("E6"));
        assertThat(jdbc.queryForObject("select continuation_to_confirm from mentor_course where id = ?", String.class, course))
                .isEqualTo("RELEASE");
    }

    @Test
    void C13_E8_afterSupervisionEndsTheCourseContinuesUnderVoluntarySupervision() {
        long course = supervisionEndedCourse(CustodyStatus.VOLUNTARY_SUPERVISION);
        confirmContinuation(course, "Har accepteret frivilligt tilsyn (§4 stk. 2).");
        assertThat(jdbc.queryForObject("select rule_id from course_continuation where course_id = ?", String.class, course))
                .isEqualTo("E8");
    }

    @Test
    void C13_E8_withoutVoluntarySupervisionTheContinuationIsRefusedAndTheCourseIsNotEnded() {
        long course = supervisionEndedCourse(CustodyStatus.RELEASED_NO_SUPERVISION);
        assertThatThrownBy(() -> confirmContinuation(course, "Vil gerne fortsætte"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ruleId()).isEqualTo("E8"));
        assertThat(jdbc.queryForObject("select state from mentor_course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
    }

    /**
     * An active course of an inmate to be released in two months, whose caseworker records on {@code DAY} that the
     * client is released to {@code placement}: the course is flagged RELEASE (C13) and waits for the caseworker.
     */
    private long releasedInmatesCourse(CustodyPlacement placement) {
        long course = steps.active(CourseSteps.inmateReleasedTo(CourseSteps.KIF_KBH_NORD, DAY.plusMonths(2)), "2");
        changeCustodyOfTheClient(course, placement);
        awaitFlag(course, "RELEASE");
        return course;
    }

    /**
     * An active course of a supervised client whose caseworker records on {@code DAY} that the supervision ended
     * with {@code status}: the course is flagged SUPERVISION_ENDED (C13) and waits for the caseworker.
     */
    private long supervisionEndedCourse(CustodyStatus status) {
        long course = steps.active();
        changeCustodyOfTheClient(course, atKifKbhNord(status));
        awaitFlag(course, "SUPERVISION_ENDED");
        return course;
    }

    /** The caseworker records the new custody status of the course's client on {@code DAY}. */
    private void changeCustodyOfTheClient(long course, CustodyPlacement placement) {
        long client = steps.clientOf(course);
        steps.as(TestUsers.CASEWORKER, () -> clients.changeStatus(client, steps.clientVersion(client), placement, DAY));
    }

    /** Supervised (or not) at KiF København Nord, with no release date and no end of supervision. */
    private static CustodyPlacement atKifKbhNord(CustodyStatus status) {
        return new CustodyPlacement(status, CourseSteps.KIF_KBH_NORD, null, null, null);
    }

    /** The caseworker confirms that the flagged course continues (C13), with the note. */
    private void confirmContinuation(long course, String note) {
        steps.as(TestUsers.CASEWORKER, () -> {
            ending.confirmContinuation(course, steps.courseVersion(course), note);
            return null;
        });
    }

    private void awaitFlag(long course, String kind) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select continuation_to_confirm from mentor_course where id = ?", String.class, course)).isEqualTo(kind));
    }

    // ------------------------------------------------------------------ M10 and CI2

    @Test
    void M10_raisingTheAgreedHoursAboveTheCeilingIsRefused() {
        long course = steps.active();
        long mentor = jdbc.queryForObject("select mentor_id from mentor_course where id = ?", Long.class, course);
        OtherCommitments.active(jdbc, mentor, "15", clock.today());
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            mentors.changeHours(course, steps.courseVersion(course), new BigDecimal("4"));
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ruleId()).isEqualTo("M10"));
        steps.as(TestUsers.CASEWORKER, () -> {
            mentors.changeHours(course, steps.courseVersion(course), new BigDecimal("3.5"));
            return null;
        });
        assertThat(workload.agreedHours(mentor)).isEqualByComparingTo("18.5");
    }

    @Test
    void INPUT_hoursThatAreNotPositiveAreAnInputRefusalNotM10() {
        long course = steps.active();
        assertThatThrownBy(() -> steps.as(TestUsers.CASEWORKER, () -> {
            mentors.changeHours(course, steps.courseVersion(course), BigDecimal.ZERO);
            return null;
        })).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.first().ground()).isEqualTo(Check.INPUT);
            assertThat(r.first().field()).isEqualTo("agreedHours");
        });
    }

    @Test
    void CI2_parallelEstablishmentsWithOneMentorNeverExceedTheCeiling() throws Exception {
        long mentor = steps.as(TestUsers.COORDINATOR, () -> {
            long id = steps.approvedMentor();
            OtherCommitments.active(jdbc, id, "12", clock.today());
            return id;
        });
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY), RiskLevel.HIGH));
            ready.add(steps.ready(client));
        }
        Authentication caseworker = steps.login(TestUsers.CASEWORKER);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long course : ready) {
                long version = steps.courseVersion(course);
                var input = steps.input(mentor, "4", DAY);
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(caseworker);
                    start.await();
                    try {
                        establishment.establish(course, version, input);
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
}
