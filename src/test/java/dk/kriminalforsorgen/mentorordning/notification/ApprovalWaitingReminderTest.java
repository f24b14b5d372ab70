package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, M8 (§7 stk. 2): a flagged mentor's case that reached the directorate on 2 March 2026 and is still
 * undecided after more than the shipped 14 days reminds the directorate's users on 17 March; once per case, and
 * never an area's coordinators or caseworkers.
 */
class ApprovalWaitingReminderTest extends QuietDayReminderTestBase {

    static final LocalDate FLAGGED = LocalDate.of(2026, 3, 2);

    long approvalCase;

    /** Fourteen days after the flagging, the case may still wait. */
    ApprovalWaitingReminderTest() {
        super(FLAGGED.plusDays(14));
    }

    @BeforeEach
    void setUp() {
        clock.setDate(FLAGGED);
        Reports.Course course = world.reports.activeCourse(FLAGGED.minusDays(20), FLAGGED.minusDays(18),
                world.reports.newCaseworker());
        approvalCase = world.approvalCase(course, FLAGGED);
        occasion = "approval-case:" + approvalCase;
    }

    @Test
    void M8_afterMoreThanFourteenDaysTheDirectorateAloneIsRemindedOnce() {
        assertThat(recipientsAfterRunningOn(FLAGGED.plusDays(15), NoticeKind.APPROVAL_WAITING))
                .containsExactlyElementsOf(world.directorate())
                .contains(world.userId(TestUsers.DIRECTORATE))
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(TestUsers.COORDINATOR_SOUTH),
                        world.userId(TestUsers.CASEWORKER));
        assertThat(jdbc.queryForMap("select link, detail from notice where occasion = ? and recipient_user_id = ?",
                occasion, world.userId(TestUsers.DIRECTORATE)))
                .containsEntry("link", "/godkendelser/" + approvalCase).containsEntry("detail", "2. marts 2026");
        runOn(FLAGGED.plusDays(15), FLAGGED.plusDays(30));
        assertThat(world.notices(occasion)).hasSize(world.directorate().size());
    }

    @Test
    void M8_aDecidedCaseIsNotReminded() {
        world.decide(approvalCase, FLAGGED.plusDays(10));
        assertNoNoticeAfterRunningOn(FLAGGED.plusDays(15));
    }
}
