package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, C5 (§12): an active course without its kick-off reminds the responsible person 7 days before the
 * kick-off's last day (the start + the shipped 14 days), on the day, and (with the area's coordinators) the day
 * after; once per deadline. The course starts on 1 March 2026, so the kick-off is due on 15 March 2026.
 */
class KickOffReminderTest extends DeadlineReminderTestBase {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate DUE = LocalDate.of(2026, 3, 15);

    Reports.Course course;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        course = world.reports.activeCourse(START, null, world.reports.newCaseworker());
        occasion = "course:" + course.id() + ":kick-off:";
    }

    private long responsible() {
        return world.userId(course.responsibleUser());
    }

    @Test
    void C5_noReminderEightDaysBeforeTheKickOffsLastDay() {
        assertNoNoticeAfterRunningOn(DUE.minusDays(8));
    }

    @Test
    void C5_theResponsiblePersonAloneIsRemindedSevenDaysBeforeAndOnlyOnce() {
        assertThat(recipientsAfterRunningOn(DUE.minusDays(7), NoticeKind.KICK_OFF_DUE_SOON)).containsExactly(responsible());
        assertThat(world.notices(occasion)).hasSize(1);

        runOn(DUE.minusDays(7), DUE.minusDays(1));
        assertThat(world.notices(occasion)).as("one notice per deadline, however often the job runs").hasSize(1);
        assertThat(jdbc.queryForObject("select detail from notice where occasion like ?", String.class, occasion + "%"))
                .isEqualTo("15. marts 2026");
    }

    @Test
    void C5_onTheLastDayTheResponsiblePersonIsToldItIsDueToday() {
        assertThat(recipientsAfterRunningOn(DUE, NoticeKind.KICK_OFF_DUE_TODAY)).containsExactly(responsible());
        assertThat(world.recipients(NoticeKind.KICK_OFF_OVERDUE, occasion)).isEmpty();
    }

    @Test
    void C5_theDayAfterTheResponsiblePersonAndTheAreasCoordinatorsAreToldOnceAndNoOtherArea() {
        assertThat(recipientsAfterRunningOn(DUE.plusDays(1), NoticeKind.KICK_OFF_OVERDUE))
                .containsExactlyInAnyOrderElementsOf(concat(responsible(), world.coordinatorsOf(TestUsers.HOVEDSTADEN)))
                .contains(world.userId(TestUsers.COORDINATOR))
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER),
                        world.userId(TestUsers.DIRECTORATE), world.userId(course.mentorUser()));

        world.runOn(DUE.plusDays(2));
        assertThat(world.notices(occasion)).as("the same deadline: no second notice")
                .hasSize(1 + world.coordinatorsOf(TestUsers.HOVEDSTADEN).size());
    }

    @Test
    void C5_aCourseOfTheSouthTellsTheSouthsCoordinatorsNotHovedstadens() {
        Reports.Course south = world.reports.activeCourse(START, null, TestUsers.CASEWORKER_SOUTH);
        world.runOn(DUE.plusDays(1));
        assertThat(world.recipients(NoticeKind.KICK_OFF_OVERDUE, "course:" + south.id() + ":"))
                .contains(world.userId(TestUsers.CASEWORKER_SOUTH), world.userId(TestUsers.COORDINATOR_SOUTH))
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(TestUsers.CASEWORKER));
    }

    @Test
    void C5_aKickOffHeldEndsTheReminders() {
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, 'KICK_OFF', ?, 'Klient, mentor, sagsbehandler', 'Ugentlige møder', now(), 'Test')""",
                course.id(), java.sql.Date.valueOf(DUE.minusDays(2)));
        assertNoNoticeAfterRunningOn(DUE.plusDays(1));
    }

    static java.util.List<Long> concat(long first, java.util.List<Long> rest) {
        java.util.List<Long> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
