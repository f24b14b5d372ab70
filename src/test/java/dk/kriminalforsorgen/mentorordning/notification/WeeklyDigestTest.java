package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.notification.internal.WeeklyDigest;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11: the weekly digest. A fresh caseworker is responsible for a course started on 1 March 2026 whose kick-off
 * (C5, due 15 March) is overdue on Monday 16 March, and for a report waiting for sign-off: their digest counts both
 * and lists the course with a link, once a week; a caseworker with nothing due gets none; the digest can be turned
 * off on the settings page. Each digest is scoped: a caseworker's to their courses, a coordinator's to their area.
 */
class WeeklyDigestTest extends DeadlineReminderTestBase {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    @Autowired
    WeeklyDigest digest;

    Reports.Course course;
    long caseworker;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        course = world.reports.activeCourse(START, null, world.reports.newCaseworker());
        caseworker = world.userId(course.responsibleUser());
        jdbc.update("update app_user set email = ? where id = ?", "digest." + caseworker + "@example.dk", caseworker);
        world.submittedReport(course, "MONTHLY", START, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 12));
    }

    private void digestOn(LocalDate day) {
        clock.setDate(day);
        digest.run();
    }

    private List<String> digestsOf(long userId) {
        return jdbc.queryForList("select occasion from notice where kind = 'WEEKLY_DIGEST' and recipient_user_id = ? order by id",
                String.class, userId);
    }

    @Test
    void DIGEST_theResponsiblePersonGetsOneDigestAWeekWithTheCountsAndTheCourse() {
        digestOn(MONDAY);
        assertThat(digestsOf(caseworker)).containsExactly("digest:2026-W12");
        assertThat(jdbc.queryForObject("select detail from notice where kind = 'WEEKLY_DIGEST' and recipient_user_id = ?",
                String.class, caseworker)).isEqualTo("1 opstartsmøde, 1 rapport til kvittering");
        String mail = jdbc.queryForObject("""
                select m.body from notice_mail m join notice n on n.id = m.notice_id
                where n.kind = 'WEEKLY_DIGEST' and n.recipient_user_id = ?""", String.class, caseworker);
        assertThat(mail).contains("Forløb nr. " + course.id() + ": opstartsmøde senest 15. marts 2026")
                .contains("/forloeb/" + course.id())
                .as("no client name in an e-mail").doesNotContain(course.firstName()).doesNotContain(course.lastName());

        digestOn(MONDAY.plusDays(2));
        assertThat(digestsOf(caseworker)).as("once a week").hasSize(1);
        digestOn(MONDAY.plusDays(7));
        assertThat(digestsOf(caseworker)).containsExactly("digest:2026-W12", "digest:2026-W13");
    }

    @Test
    void DIGEST_nothingDueNoDigestAndNeverTheDirectorateOrAMentor() {
        long idle = world.userId(world.reports.newCaseworker());
        digestOn(MONDAY);
        assertThat(digestsOf(idle)).isEmpty();
        assertThat(digestsOf(world.userId(TestUsers.DIRECTORATE))).isEmpty();
        assertThat(digestsOf(world.userId(course.mentorUser()))).isEmpty();
    }

    @Test
    void DIGEST_theAreasCoordinatorGetsOneAndAnotherAreasDigestNeverListsTheCourse() {
        digestOn(MONDAY);
        assertThat(digestsOf(world.userId(TestUsers.COORDINATOR))).containsExactly("digest:2026-W12");
        assertThat(jdbc.queryForList("""
                select m.body from notice_mail m join notice n on n.id = m.notice_id
                join app_user u on u.id = n.recipient_user_id
                where n.kind = 'WEEKLY_DIGEST' and u.area_id <> ?""", String.class, TestUsers.HOVEDSTADEN))
                .noneMatch(body -> body.contains("/forloeb/" + course.id() + "\n") || body.contains("/forloeb/" + course.id() + "/"));
    }

    @Test
    void DIGEST_aCaseworkerTurnsTheDigestOffOnTheSettingsPageAndGetsNoneButKeepsTheDeadlineNotices() throws Exception {
        clock.setDate(MONDAY.minusDays(1));
        MockHttpSession session = new LoginSessions(mvc).fresh(course.responsibleUser(), Reports.PASSWORD);
        assertThat(mvc.perform(get("/notifikationer/indstillinger").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("name=\"digest\"")
                .contains("Send mig et ugentligt overblik");
        mvc.perform(post("/notifikationer/indstillinger").session(session).with(csrf())
                        .param("email", NoticeKind.KICK_OFF_OVERDUE.name()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_DIGEST_CHOSEN' and subject_id = ?",
                Long.class, String.valueOf(caseworker))).isEqualTo(1);

        digestOn(MONDAY);
        assertThat(digestsOf(caseworker)).isEmpty();
        world.runOn(MONDAY);
        assertThat(world.recipients(NoticeKind.KICK_OFF_OVERDUE, "course:" + course.id() + ":kick-off:"))
                .contains(caseworker);
    }
}
