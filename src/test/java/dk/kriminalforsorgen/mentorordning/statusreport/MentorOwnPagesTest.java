package dk.kriminalforsorgen.mentorordning.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans;
import dk.kriminalforsorgen.mentorordning.course.CourseSteps;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 17: the mentor's own pages hold their course's task division (C6, §13 stk. 1) and the next meeting (C5,
 * C8, from the meeting module), only for their own course (another mentor's answers 404, DOMAIN §1), and the guide
 * page with the duties of §8 and §17 in plain Danish.
 */
class MentorOwnPagesTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
    }

    private void tasks(Reports.Course course, String mentorTasks, String serviceTasks) {
        jdbc.update("""
                insert into action_plan_task (version_id, task_group, mentor_tasks, service_tasks)
                select v.id, 'PRACTICAL', ?, ? from action_plan_version v join action_plan p on p.id = v.plan_id
                where p.course_id = ? and v.number = p.current_number""", mentorTasks, serviceTasks, course.id());
    }

    private String page(String user, String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).session(sessions.fresh(user, Reports.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void C6_theMentorSeesTheirOwnCoursesTaskDivisionAndTheNextMeeting() throws Exception {
        // started 2026-03-20, kick-off 03-23: the first review (C8) is due three months later, 2026-06-23
        Reports.Course course = world.activeCourse(2);
        tasks(course, "Hjælp med jobsøgning hver uge " + course.firstName(), "Kontakt til jobcentret");

        String page = page(course.mentorUser(), "/mine-forloeb/" + course.id());
        assertThat(page).contains("data-testid=\"my-tasks\"").contains("Hjælp med jobsøgning hver uge " + course.firstName())
                .contains("Kontakt til jobcentret").contains("Praktisk hjælp");
        assertThat(page).contains("data-testid=\"my-next-meeting\"").contains("senest 23. juni 2026");
    }

    @Test
    void C8_onceTheReviewIsPlannedTheMentorSeesWhenAndWhere() throws Exception {
        Reports.Course course = world.activeCourse(2, TestUsers.CASEWORKER);
        assertThat(page(course.mentorUser(), "/mine-forloeb/" + course.id())).doesNotContain("my-planned-meeting");

        CourseMeetingPlans plans = context.getBean(CourseMeetingPlans.class);
        new CourseSteps(context).as(TestUsers.CASEWORKER, () -> plans.plan(course.id(), new CourseMeetingPlans.PlanInput(
                new MeetingPlan.Slot(LocalDate.parse("2026-06-15"), LocalTime.of(10, 0), LocalTime.of(11, 0),
                        "KiF København Nord, mødelokale 2"), true, true, true, List.of())));

        assertThat(page(course.mentorUser(), "/mine-forloeb/" + course.id())).contains("data-testid=\"my-planned-meeting\"")
                .contains("15. juni 2026 kl. 10.00").contains("KiF København Nord, mødelokale 2")
                .contains("senest 23. juni 2026");
    }

    @Test
    void C6_aMentorNeverSeesAnotherMentorsTaskDivision() throws Exception {
        Reports.Course mine = world.activeCourse(2);
        Reports.Course other = world.otherCourse(mine, 1);
        tasks(other, "Den andens opgave " + other.firstName(), "Hemmelig aftale");

        mvc.perform(get("/mine-forloeb/" + other.id()).session(sessions.fresh(mine.mentorUser(), Reports.PASSWORD)))
                .andExpect(status().isNotFound());
        String own = page(mine.mentorUser(), "/mine-forloeb/" + mine.id());
        assertThat(own).doesNotContain("Den andens opgave").doesNotContain("Hemmelig aftale")
                .contains("data-testid=\"my-tasks-none\"");
    }

    @Test
    void theGuidePageTellsTheDutiesOfParagraphs8And17InPlainDanish() throws Exception {
        Reports.Course course = world.activeCourse(1);
        assertThat(page(course.mentorUser(), "/mine-forloeb")).contains("/mine-forloeb/guide");
        String guide = page(course.mentorUser(), "/mine-forloeb/guide");
        assertThat(guide).contains("Du har tavshedspligt").contains("skal du sige det til Kriminalforsorgen")
                .contains("Hver måned").contains("Hver tredje måned").contains("§8 stk. 2").contains("§17 stk. 2");
    }
}
