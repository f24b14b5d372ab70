package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11, DOMAIN §9 (vetting that expires): a check made on 2 June 2024 is valid until 1 June 2026 (the shipped
 * 24 months). From 1 March 2026 (within the shipped 3 months) it reminds the coordinators of the mentor's home area
 * and the responsible person of each of the mentor's active courses, and from 2 June 2026 that it has expired; once
 * per check. The course page shows the same warning.
 */
class VettingReminderTest extends QuietDayReminderTestBase {

    static final LocalDate CHECKED = LocalDate.of(2024, 6, 2);
    static final LocalDate WARN_FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 6, 1);

    Reports.Course course;

    /** The day before the warning period. */
    VettingReminderTest() {
        super(WARN_FROM.minusDays(1));
    }

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 1, 5));
        course = world.reports.activeCourse(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8),
                world.reports.newCaseworker());
        world.vettingCheckedOn(course.mentorId(), CHECKED);
        occasion = "mentor:" + course.mentorId() + ":vetting:";
    }

    private List<Long> coordinatorsAndResponsible() {
        List<Long> expected = new ArrayList<>(world.coordinatorsOf(TestUsers.HOVEDSTADEN));
        expected.add(world.userId(course.responsibleUser()));
        return expected;
    }

    @Test
    void VETTING_VALIDITY_threeMonthsBeforeTheCoordinatorsAndTheResponsiblePersonAreToldOnce() {
        assertThat(recipientsAfterRunningOn(WARN_FROM, NoticeKind.VETTING_EXPIRING))
                .containsExactlyInAnyOrderElementsOf(coordinatorsAndResponsible())
                .doesNotContain(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER),
                        world.userId(course.mentorUser()), world.userId(TestUsers.DIRECTORATE));
        assertThat(jdbc.queryForList("select link from notice where occasion like ? order by link", String.class,
                occasion + "%")).contains("/forloeb/" + course.id(), "/mentorer/" + course.mentorId());
        assertThat(jdbc.queryForList("select detail from notice where occasion like ?", String.class, occasion + "%"))
                .as("no date: it would give away the check's date (AZ3)").containsOnlyNulls();
        runOn(WARN_FROM.plusDays(1), VALID_UNTIL);
        assertThat(world.notices(occasion)).hasSize(coordinatorsAndResponsible().size());
        assertThat(world.recipients(NoticeKind.VETTING_EXPIRED, occasion)).isEmpty();
    }

    @Test
    void VETTING_VALIDITY_theDayAfterItsLastValidDayTheyAreToldItHasExpiredOnce() {
        assertThat(recipientsAfterRunningOn(VALID_UNTIL.plusDays(1), NoticeKind.VETTING_EXPIRED))
                .containsExactlyInAnyOrderElementsOf(coordinatorsAndResponsible());
        assertThat(recipientsAfterRunningOn(VALID_UNTIL.plusDays(2), NoticeKind.VETTING_EXPIRED)).hasSize(coordinatorsAndResponsible().size());
    }

    @Test
    void VETTING_VALIDITY_anExpiredMentorWithoutActiveCoursesIsNotReminded() {
        world.reports.endCourse(course, VALID_UNTIL.minusDays(10));
        world.mentorStatus(course.mentorId(), "APPROVED");
        assertNoNoticeAfterRunningOn(VALID_UNTIL.plusDays(1));
    }

    @Test
    void VETTING_VALIDITY_anApprovedMentorWithoutCoursesTellsTheHomeAreasCoordinatorsOnly() {
        world.reports.endCourse(course, WARN_FROM.minusDays(10));
        world.mentorStatus(course.mentorId(), "APPROVED");
        assertThat(recipientsAfterRunningOn(WARN_FROM, NoticeKind.VETTING_EXPIRING))
                .containsExactlyElementsOf(world.coordinatorsOf(TestUsers.HOVEDSTADEN));
    }

    @Test
    void VETTING_VALIDITY_aMentorOfTheSouthTellsTheSouthsCoordinators() {
        Reports.Course south = world.reports.activeCourse(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 8),
                TestUsers.CASEWORKER_SOUTH);
        world.vettingCheckedOn(south.mentorId(), CHECKED);
        world.runOn(WARN_FROM);
        assertThat(world.recipients(NoticeKind.VETTING_EXPIRING, "mentor:" + south.mentorId() + ":vetting:"))
                .contains(world.userId(TestUsers.COORDINATOR_SOUTH), world.userId(TestUsers.CASEWORKER_SOUTH))
                .doesNotContain(world.userId(TestUsers.COORDINATOR), world.userId(course.responsibleUser()));
    }

    @Test
    void VETTING_VALIDITY_theCoursePageWarnsFromThreeMonthsBeforeAndAfterExpiry() throws Exception {
        clock.setDate(WARN_FROM.minusDays(1));
        assertThat(page()).doesNotContain("data-testid=\"vetting-warning\"");
        clock.setDate(WARN_FROM);
        assertThat(page()).contains("data-testid=\"vetting-warning\"")
                .contains("Mentorens vandelsoplysninger udløber snart").doesNotContain("2024");
        clock.setDate(VALID_UNTIL.plusDays(1));
        assertThat(page()).contains("Mentorens vandelsoplysninger er udløbet");
    }

    /** The course page as its responsible person sees it, logged in on the clock's day (sessions end by the clock). */
    private String page() throws Exception {
        var session = sessions.fresh(course.responsibleUser(), Reports.PASSWORD);
        return mvc.perform(get("/forloeb/" + course.id()).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
