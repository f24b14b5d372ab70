package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, C8 (§13 stk. 3-4): the daily job reminds the responsible person of the quarterly review 14 days before,
 * on the day, and (with the area's coordinators) the day after; once per deadline, however often it runs. The
 * kick-off on 1 March 2026 makes the review due on 1 June 2026 (the shipped interval of three months).
 */
class ReviewReminderTest extends DeadlineReminderTestBase {

    static final LocalDate KICK_OFF = LocalDate.of(2026, 3, 1);
    static final LocalDate DUE = LocalDate.of(2026, 6, 1);

    Reports.Course course;

    @BeforeEach
    void setUp() {
        clock.setDate(KICK_OFF);
        course = world.reports.activeCourse(KICK_OFF.minusDays(3), KICK_OFF, world.reports.newCaseworker());
    }

    /** The course's review notices (C8); its other deadlines (S1, S3 reports) have their own tests. */
    private List<Map<String, Object>> noticesOfTheCourse() {
        return jdbc.queryForList("""
                select kind, recipient_user_id, detail from notice where course_id = ? and kind like 'REVIEW\\_%' order by id
                """, course.id());
    }

    private List<Long> recipients(NoticeKind kind) {
        return jdbc.queryForList("select recipient_user_id from notice where course_id = ? and kind = ? order by 1",
                Long.class, course.id(), kind.name());
    }

    @Test
    void C8_noReminderFifteenDaysBeforeTheReview() {
        runOn(DUE.minusDays(15));
        assertThat(noticesOfTheCourse()).isEmpty();
    }

    @Test
    void C8_theResponsiblePersonIsRemindedFourteenDaysBeforeTheReview() {
        runOn(DUE.minusDays(14));
        assertThat(recipients(NoticeKind.REVIEW_DUE_SOON)).containsExactly(world.userId(course.responsibleUser()));
        assertThat(noticesOfTheCourse()).hasSize(1).first().extracting(n -> n.get("detail")).isEqualTo("1. juni 2026");

        runOn(DUE.minusDays(13));
        runOn(DUE.minusDays(1));
        assertThat(noticesOfTheCourse()).as("one notice per deadline, however often the job runs").hasSize(1);
    }

    @Test
    void C8_onTheDayTheResponsiblePersonIsToldItIsDueToday() {
        runOn(DUE);
        assertThat(recipients(NoticeKind.REVIEW_DUE_TODAY)).containsExactly(world.userId(course.responsibleUser()));
        assertThat(recipients(NoticeKind.REVIEW_OVERDUE)).isEmpty();
    }

    @Test
    void C8_theDayAfterTheResponsiblePersonAndTheAreasCoordinatorsAreToldItIsOverdueOnce() {
        runOn(DUE.plusDays(1));
        List<Long> overdue = recipients(NoticeKind.REVIEW_OVERDUE);
        assertThat(overdue).contains(world.userId(course.responsibleUser()), world.userId(TestUsers.COORDINATOR))
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER),
                        world.userId(TestUsers.DIRECTORATE), world.userId(course.mentorUser()));
        assertThat(jdbc.queryForList("select role from app_user where id in (select recipient_user_id from notice "
                + "where course_id = ? and kind = 'REVIEW_OVERDUE') and id <> ?", String.class, course.id(),
                world.userId(course.responsibleUser()))).containsOnly("COORDINATOR");

        runOn(DUE.plusDays(2), DUE.plusDays(2));
        assertThat(recipients(NoticeKind.REVIEW_OVERDUE)).as("the same deadline: no second notice").isEqualTo(overdue);
    }

    @Test
    void C8_aReviewHeldMovesTheDeadlineSoTheOldOneIsNotRemindedAgain() {
        runOn(DUE.minusDays(14));
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, 'REVIEW', ?, 'Klient, mentor, sagsbehandler', 'Fortsat', now(), 'Test')""",
                course.id(), java.sql.Date.valueOf(DUE.minusDays(5)));
        runOn(DUE.plusDays(1));
        assertThat(recipients(NoticeKind.REVIEW_OVERDUE)).isEmpty();
        assertThat(recipients(NoticeKind.REVIEW_DUE_TODAY)).isEmpty();
    }

    @Test
    void C8_anEndedCourseGetsNoReminder() {
        jdbc.update("update mentor_course set state = 'ENDED', ended_on = ?, end_reason = 'PURPOSE_ACHIEVED' where id = ?",
                java.sql.Date.valueOf(DUE.minusDays(20)), course.id());
        runOn(DUE.plusDays(1));
        assertThat(noticesOfTheCourse()).isEmpty();
    }
}
