package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, DOMAIN §9 (report sign-off): a report submitted on 5 April 2026 and not acknowledged reminds the
 * responsible person when it has waited more than the shipped 7 days, i.e. on 13 April; once per report.
 */
class SignOffReminderTest extends QuietDayReminderTestBase {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate DELIVERED = LocalDate.of(2026, 4, 5);

    Reports.Course course;
    long report;

    /** Seven days after the delivery, the report may still wait. */
    SignOffReminderTest() {
        super(DELIVERED.plusDays(7));
    }

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        course = world.reports.activeCourse(START, START.plusDays(3), world.reports.newCaseworker());
        report = world.submittedReport(course, "MONTHLY", START, LocalDate.of(2026, 3, 31), DELIVERED);
        occasion = "report:" + report;
    }

    @Test
    void SIGN_OFF_afterMoreThanSevenDaysTheResponsiblePersonAloneIsRemindedOnce() {
        assertThat(recipientsAfterRunningOn(DELIVERED.plusDays(8), NoticeKind.REPORT_AWAITING_SIGN_OFF))
                .containsExactly(world.userId(course.responsibleUser()));
        assertThat(jdbc.queryForMap("select link, detail from notice where occasion = ?", occasion))
                .containsEntry("link", "/forloeb/" + course.id() + "/rapporter/" + report)
                .containsEntry("detail", "5. april 2026");
        runOn(DELIVERED.plusDays(8), DELIVERED.plusDays(20));
        assertThat(world.notices(occasion)).as("once per report")
                .doesNotContain("REPORT_AWAITING_SIGN_OFF to " + world.userId(TestUsers.COORDINATOR),
                        "REPORT_AWAITING_SIGN_OFF to " + world.userId(TestUsers.COORDINATOR_SOUTH),
                        "REPORT_AWAITING_SIGN_OFF to " + world.userId(course.mentorUser()))
                .hasSize(1);
    }

    @Test
    void SIGN_OFF_anAcknowledgedReportIsNotReminded() {
        world.acknowledge(report, DELIVERED.plusDays(2));
        assertNoNoticeAfterRunningOn(DELIVERED.plusDays(8));
    }

    @Test
    void SIGN_OFF_aReportOfTheSouthRemindsItsResponsiblePersonOnly() {
        Reports.Course south = world.reports.activeCourse(START, START.plusDays(3), TestUsers.CASEWORKER_SOUTH);
        long southReport = world.submittedReport(south, "MONTHLY", START, LocalDate.of(2026, 3, 31), DELIVERED);
        world.runOn(DELIVERED.plusDays(8));
        assertThat(world.recipients(NoticeKind.REPORT_AWAITING_SIGN_OFF, "report:" + southReport))
                .containsExactly(world.userId(TestUsers.CASEWORKER_SOUTH));
    }
}
