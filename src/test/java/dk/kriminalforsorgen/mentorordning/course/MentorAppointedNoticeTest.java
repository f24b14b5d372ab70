package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11: a mentor appointed to a course (the course established) is told at once, in the application: what it is,
 * when the kick-off (C5) is due, and that the responsible caseworker is the contact; nobody else gets this notice.
 * Establishing publishes {@link MentorAppointed} in its own transaction.
 */
class MentorAppointedNoticeTest extends CourseTestBase {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Autowired
    CourseEstablishment establishment;
    @Autowired
    UserAdministration administration;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    @Test
    void C5_theAppointedMentorIsToldWithTheKickOffsLastDay() {
        long client = steps.as(TestUsers.CASEWORKER, () -> steps.newClient(CourseSteps.supervised(DAY),
                dk.kriminalforsorgen.mentorordning.client.RiskLevel.HIGH));
        long course = steps.ready(client);
        long mentor = steps.as(TestUsers.COORDINATOR, steps::approvedMentor);
        String username = "t.notits.mentor." + mentor;
        long mentorUser = administration.create(username, TestUsers.PASSWORD,
                new UserAdministration.Assignment("Mentor " + mentor, Role.MENTOR, null, null, false)).getId();
        jdbc.update("update mentor set user_id = ? where id = ?", mentorUser, mentor);

        steps.as(TestUsers.CASEWORKER, () -> {
            establishment.establish(course, steps.courseVersion(course), steps.input(mentor, "2", DAY));
            return null;
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(
                "select id from notice where course_id = ? and kind = 'MENTOR_APPOINTED'", Long.class, course).isEmpty());
        List<Map<String, Object>> notices = jdbc.queryForList(
                "select recipient_user_id, detail, link from notice where course_id = ? and kind = 'MENTOR_APPOINTED'", course);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("recipient_user_id")).isEqualTo(mentorUser);
        assertThat(notices.get(0).get("detail")).as("C5: 14 days after the start").isEqualTo("16. marts 2026");
        assertThat(notices.get(0).get("link")).isEqualTo("/mine-forloeb/" + course);
    }
}
