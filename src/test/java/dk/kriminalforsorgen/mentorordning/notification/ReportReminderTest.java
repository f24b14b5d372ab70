package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, S1 and S3 (§17 stk. 1): the status reports' deadlines remind the mentor first, then, once overdue, the
 * responsible person too; once per month or deadline. The course starts on 1 March 2026 with its kick-off on
 * 4 March: March's report is due on 10 April (the month's end + the shipped 10 days' grace, S1), the quarterly report
 * with the review on 4 June (the kick-off + 3 months, S3; reminded from 14 days before).
 */
class ReportReminderTest extends DeadlineReminderTestBase {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate KICK_OFF = LocalDate.of(2026, 3, 4);
    static final LocalDate MARCH_DUE = LocalDate.of(2026, 4, 10);
    static final LocalDate QUARTERLY_DUE = LocalDate.of(2026, 6, 4);

    Reports.Course course;
    String march;
    String quarterly;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        course = world.reports.activeCourse(START, KICK_OFF, world.reports.newCaseworker());
        march = "course:" + course.id() + ":monthly:2026-03-01";
        quarterly = "course:" + course.id() + ":quarterly:" + QUARTERLY_DUE;
    }

    private long mentor() {
        return world.userId(course.mentorUser());
    }

    private long responsible() {
        return world.userId(course.responsibleUser());
    }

    @Test
    void S1_noReminderWhileTheMonthRuns() {
        world.runOn(LocalDate.of(2026, 3, 31));
        assertThat(world.notices(march)).isEmpty();
    }

    @Test
    void S1_theDayAfterTheMonthTheMentorAloneIsToldTheReportIsDueOnce() {
        world.runOn(LocalDate.of(2026, 4, 1));
        assertThat(world.recipients(NoticeKind.MONTHLY_REPORT_DUE, march)).containsExactly(mentor());
        runOn(LocalDate.of(2026, 4, 1), MARCH_DUE);
        assertThat(world.notices(march)).as("once, and not overdue on the last day of the grace period")
                .containsExactly("MONTHLY_REPORT_DUE to " + mentor());
        assertThat(jdbc.queryForObject("select link from notice where occasion = ?", String.class, march))
                .isEqualTo("/mine-forloeb/" + course.id());
    }

    @Test
    void S1_afterTheGracePeriodTheMentorAndTheResponsiblePersonAreToldOnceAndNobodyElse() {
        world.runOn(MARCH_DUE.plusDays(1));
        assertThat(world.recipients(NoticeKind.MONTHLY_REPORT_OVERDUE, march))
                .containsExactlyInAnyOrder(mentor(), responsible())
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(TestUsers.COORDINATOR_SOUTH),
                        world.userId(TestUsers.CASEWORKER_SOUTH), world.userId(TestUsers.CASEWORKER));
        assertThat(jdbc.queryForObject("select detail from notice where occasion = ? and recipient_user_id = ?",
                String.class, march, responsible())).isEqualTo("10. april 2026");
        world.runOn(MARCH_DUE.plusDays(2));
        assertThat(world.recipients(NoticeKind.MONTHLY_REPORT_OVERDUE, march)).hasSize(2);
    }

    @Test
    void S1_aDeliveredMonthIsNotReminded() {
        world.submittedReport(course, "MONTHLY", START, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 5));
        world.runOn(MARCH_DUE.plusDays(1));
        assertThat(world.notices(march)).isEmpty();
    }

    @Test
    void S1_aMentorWithoutAUserLeavesTheOverdueNoticeToTheResponsiblePerson() {
        jdbc.update("update mentor set user_id = null where id = ?", course.mentorId());
        world.runOn(LocalDate.of(2026, 4, 1));
        assertThat(world.notices(march)).isEmpty();
        world.runOn(MARCH_DUE.plusDays(1));
        assertThat(world.recipients(NoticeKind.MONTHLY_REPORT_OVERDUE, march)).containsExactly(responsible());
    }

    @Test
    void S3_noReminderFifteenDaysBeforeTheReview() {
        world.runOn(QUARTERLY_DUE.minusDays(15));
        assertThat(world.notices(quarterly)).isEmpty();
    }

    @Test
    void S3_fourteenDaysBeforeTheReviewTheMentorAloneIsToldOnce() {
        world.runOn(QUARTERLY_DUE.minusDays(14));
        assertThat(world.recipients(NoticeKind.QUARTERLY_REPORT_DUE, quarterly)).containsExactly(mentor());
        runOn(QUARTERLY_DUE.minusDays(13), QUARTERLY_DUE);
        assertThat(world.notices(quarterly)).containsExactly("QUARTERLY_REPORT_DUE to " + mentor());
    }

    @Test
    void S3_theDayAfterTheReviewsDeadlineTheMentorAndTheResponsiblePersonAreToldOnce() {
        world.runOn(QUARTERLY_DUE.plusDays(1));
        assertThat(world.recipients(NoticeKind.QUARTERLY_REPORT_OVERDUE, quarterly))
                .containsExactlyInAnyOrder(mentor(), responsible())
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(TestUsers.COORDINATOR_SOUTH));
        world.runOn(QUARTERLY_DUE.plusDays(2));
        assertThat(world.recipients(NoticeKind.QUARTERLY_REPORT_OVERDUE, quarterly)).hasSize(2);
    }

    @Test
    void S3_aQuarterlyReportDeliveredSinceTheLatestMeetingEndsTheReminders() {
        world.submittedReport(course, "QUARTERLY", KICK_OFF, QUARTERLY_DUE.minusDays(3), QUARTERLY_DUE.minusDays(3));
        world.runOn(QUARTERLY_DUE.plusDays(1));
        assertThat(world.notices(quarterly)).isEmpty();
    }

    @Test
    void S1_S3_aCourseOfTheSouthTellsItsOwnPeopleOnly() {
        Reports.Course south = world.reports.activeCourse(START, KICK_OFF, TestUsers.CASEWORKER_SOUTH);
        world.runOn(MARCH_DUE.plusDays(1));
        assertThat(world.recipients(NoticeKind.MONTHLY_REPORT_OVERDUE, "course:" + south.id() + ":monthly:"))
                .containsExactlyInAnyOrder(world.userId(south.mentorUser()), world.userId(TestUsers.CASEWORKER_SOUTH));
    }
}
