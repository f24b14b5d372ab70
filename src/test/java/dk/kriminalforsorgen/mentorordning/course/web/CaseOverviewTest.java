package dk.kriminalforsorgen.mentorordning.course.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.course.CourseTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 12, the case overview on the client page: the client's earlier and current course with their state and links,
 * and one timeline, newest first, of decisions, meetings held and planned, and status reports, a page at a time; the
 * course page links back to the client. Another area's client answers 404 (AZ2).
 */
class CaseOverviewTest extends CourseTestBase {

    static final LocalDate DAY = LocalDate.parse("2026-10-05");

    @Autowired
    CourseMeetingPlans plans;

    Reports world;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        world = new Reports(context);
    }

    /** A second, current course for the client of {@code earlier}, started {@code start}, kick-off the same day. */
    private long currentCourse(Reports.Course earlier, LocalDate start) {
        long id = jdbc.queryForObject("""
                insert into mentor_course (client_id, area_id, state, planned_start, proposal, proposal_recorded_on, mentor_id,
                                           agreed_hours, responsible_user_id, responsible_name, start_date, established_at,
                                           established_by, established_by_name, created_at, created_by, created_by_name,
                                           updated_at)
                select client_id, area_id, 'ACTIVE', ?, proposal, ?, mentor_id, agreed_hours, responsible_user_id,
                       responsible_name, ?, now(), established_by, established_by_name, now(), created_by, created_by_name,
                       now()
                from mentor_course where id = ? returning id
                """, Long.class, Date.valueOf(start), Date.valueOf(start), Date.valueOf(start), earlier.id());
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, 'KICK_OFF', ?, 'Klient, mentor', 'Ugentlige møder', now(), 'Test')
                """, id, Date.valueOf(start));
        return id;
    }

    private void submittedReport(long course, LocalDate periodStart) {
        jdbc.update("""
                insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                                           contacts_count, created_at, updated_at, created_by_name, submitted_at, submitted_by_name)
                values (?, 'MONTHLY', ?, ?, 'WRITTEN', (select max(version) from report_template), 'SUBMITTED', 4, now(),
                        now(), 'Mentor', ?, 'Mentor')
                """, course, Date.valueOf(periodStart), Date.valueOf(periodStart.plusMonths(1).minusDays(1)),
                java.sql.Timestamp.valueOf(periodStart.plusMonths(1).atTime(12, 0)));
    }

    private String clientPage(long client, String user, String query) throws Exception {
        return mvc.perform(get("/klienter/" + client + query).session(sessions.of(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theClientPageShowsTheCoursesAndOneTimelineNewestFirstAndTheCourseLinksBack() throws Exception {
        Reports.Course earlier = world.activeCourse(DAY.minusMonths(12), TestUsers.CASEWORKER);
        submittedReport(earlier.id(), DAY.minusMonths(11).withDayOfMonth(1));
        world.endCourse(earlier, DAY.minusMonths(6));
        long current = currentCourse(earlier, DAY.minusMonths(2));
        steps.as(TestUsers.CASEWORKER, () -> plans.plan(current, new CourseMeetingPlans.PlanInput(new MeetingPlan.Slot(
                DAY.plusDays(10), LocalTime.of(10, 0), LocalTime.of(11, 0), "Rådhuset"), true, true, true, List.of())));

        String page = clientPage(earlier.clientId(), TestUsers.CASEWORKER, "");
        assertThat(page).contains("data-testid=\"case-overview\"", "href=\"/forloeb/" + earlier.id() + "\"",
                "href=\"/forloeb/" + current + "\"", "Afsluttet", "Aktivt");
        String timeline = page.substring(page.indexOf("data-testid=\"case-timeline\""));
        List<String> order = List.of("Opfølgningsmøde planlagt", "Opstartsmøde holdt (§12)",
                "Afgørelse: forløbet afsluttet – Efter aftale (§19 nr. 2)", "Månedlig statusrapport (Indsendt, ikke kvitteret)");
        int last = -1;
        for (String entry : order) {
            int at = timeline.indexOf(entry);
            assertThat(at).as(entry + " after the newer entries").isGreaterThan(last);
            last = at;
        }
        assertThat(timeline.lastIndexOf("Afgørelse: forløbet etableret (§7)")).as("the earlier course's establishment last")
                .isGreaterThan(last);
        assertThat(page).as("no report text, no agreements").doesNotContain("Ugentlige møder");

        String coursePage = mvc.perform(get("/forloeb/" + current).session(sessions.of(TestUsers.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coursePage).contains("data-testid=\"course-client-link\"", "href=\"/klienter/" + earlier.clientId() + "\"");
    }

    @Test
    void theTimelineIsBoundedAndPagedWithOlderEntriesOnTheNextPage() throws Exception {
        Reports.Course course = world.activeCourse(DAY.minusMonths(10), TestUsers.CASEWORKER);
        for (int i = 1; i <= 25; i++) {
            jdbc.update("""
                    insert into meeting_plan (course_id, kind, status, meeting_date, start_time, end_time, place, created_at,
                                              created_by_name, changed_at, outcome_note)
                    values (?, 'REVIEW', 'CANCELLED', ?, '10:00', '11:00', 'Rådhuset', now(), 'Test', now(), 'Syg')
                    """, course.id(), Date.valueOf(DAY.minusDays(i)));
        }
        String first = clientPage(course.clientId(), TestUsers.CASEWORKER, "");
        String timeline = first.substring(first.indexOf("data-testid=\"case-timeline\""), first.indexOf("</ol>",
                first.indexOf("data-testid=\"case-timeline\"")));
        assertThat(timeline.split("<li ", -1)).hasSize(21);
        assertThat(first).contains("data-testid=\"case-timeline-more\"", "tidslinje=1");

        String second = clientPage(course.clientId(), TestUsers.CASEWORKER, "?tidslinje=1");
        assertThat(first).as("prepared today in this test's data").contains("Forløbet forberedt");
        assertThat(second).contains("Afgørelse: forløbet etableret (§7)", "Opstartsmøde holdt (§12)", "Nyere")
                .doesNotContain("data-testid=\"case-timeline-more\"");
        assertThat(clientPage(course.clientId(), TestUsers.CASEWORKER, "?tidslinje=x")).contains("Opfølgningsmøde aflyst");
    }

    @Test
    void AZ2_anotherAreasClientIs404AndItsOverviewIsNotShown() throws Exception {
        Reports.Course course = world.activeCourse(DAY.minusMonths(3), TestUsers.CASEWORKER);
        mvc.perform(get("/klienter/" + course.clientId()).session(sessions.of(TestUsers.CASEWORKER_SOUTH)))
                .andExpect(status().isNotFound());
    }
}
