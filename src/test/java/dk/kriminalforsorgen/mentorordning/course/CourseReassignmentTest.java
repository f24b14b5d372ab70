package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static dk.kriminalforsorgen.mentorordning.support.OnceTokens.onceToken;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11: the coordinator gives the open courses of a responsible person who is gone to another in one go (C7,
 * §13 stk. 2) with a coded reason, audited per course; the courses of their own area only (AZ2: another area's person
 * or course is 404 and changes nothing); a stale page changes nothing (CI1); a double submit saves once (CI3). The
 * mentor's page lists the courses with the way to a new mentor (the matching page) per course.
 */
class CourseReassignmentTest extends ReportsTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Autowired
    UserAdministration administration;

    MockHttpSession coordinator;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        coordinator = sessions.fresh(TestUsers.COORDINATOR);
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return html(get(path).session(session));
    }

    /** The page answered (200), its character references resolved. */
    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** A caseworker of the test's own whom the coordinator reassigns from, and their course (active, two months old). */
    private record Gone(long id, Reports.Course course) {
    }

    private Gone goneWithACourse() {
        String gone = world.newCaseworker();
        return new Gone(world.userId(gone), world.activeCourse(2, gone));
    }

    private String choice(Reports.Course course) {
        return course.id() + ":" + jdbc.queryForObject("select version from mentor_course where id = ?", Long.class, course.id());
    }

    private Long responsibleOf(Reports.Course course) {
        return jdbc.queryForObject("select responsible_user_id from mentor_course where id = ?", Long.class, course.id());
    }

    private MockHttpServletRequestBuilder reassign(long fromUserId, Long toUserId, String reason, String... courses) {
        MockHttpServletRequestBuilder request = post("/forloeb/genfordel/ansvarlig/" + fromUserId).with(csrf());
        for (String course : courses) {
            request.param("courses", course);
        }
        if (toUserId != null) {
            request.param("responsibleUserId", String.valueOf(toUserId));
        }
        if (reason != null) {
            request.param("reason", reason);
        }
        return request;
    }

    private long reassignedAudits(Reports.Course course) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_RESPONSIBLE_REASSIGNED' "
                + "and subject_id = ?", Long.class, String.valueOf(course.id()));
    }

    @Test
    void C7_theCoordinatorGivesTheCoursesOfADisabledCaseworkerToAnotherInOneGo_auditedPerCourseWithTheReason() throws Exception {
        String gone = world.newCaseworker();
        Reports.Course first = world.activeCourse(2, gone);
        Reports.Course second = world.activeCourse(5, gone);
        Reports.Course ended = world.activeCourse(8, gone);
        world.endCourse(ended, TODAY.minusDays(10));
        long goneId = world.userId(gone);
        administration.setEnabled(goneId, false);
        long newId = world.userId(world.newCaseworker());
        // the start page lists the first people by name; other tests' people are there too
        jdbc.update("update app_user set display_name = 'Aage Aagesen' where id = ?", goneId);

        String page = html(coordinator, "/forloeb/genfordel/ansvarlig/" + goneId);
        assertThat(page).contains(first.firstName(), second.firstName()).doesNotContain(ended.firstName())
                .contains("data-testid=\"cannot-be-responsible\"").contains("er ansvarlig for 2 aktive eller forberedte forløb");
        assertThat(html(coordinator, "/")).as("the start page links to the page").contains("/forloeb/genfordel/ansvarlig/" + goneId);

        mvc.perform(reassign(goneId, newId, "RESPONSIBLE_DISABLED", choice(first), choice(second)).session(coordinator))
                .andExpect(redirectedUrl("/forloeb/genfordel/ansvarlig/" + goneId))
                .andExpect(flash().attribute("flashSuccess", "course.reassign.done"))
                .andExpect(flash().attribute("flashArgs", 2));

        assertThat(responsibleOf(first)).isEqualTo(newId);
        assertThat(responsibleOf(second)).isEqualTo(newId);
        assertThat(responsibleOf(ended)).isEqualTo(goneId);
        for (Reports.Course course : List.of(first, second)) {
            assertThat(jdbc.queryForObject("select details from audit_event where action = 'COURSE_RESPONSIBLE_REASSIGNED' "
                    + "and subject_id = ?", String.class, String.valueOf(course.id())))
                    .isEqualTo("from=" + goneId + " to=" + newId + " reason=RESPONSIBLE_DISABLED");
        }
        assertThat(jdbc.queryForObject("select responsible_name from mentor_course where id = ?", String.class, first.id()))
                .isEqualTo(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, newId));
        assertThat(html(coordinator, "/forloeb/genfordel/ansvarlig/" + goneId)).contains("data-testid=\"no-courses\"");
    }

    @Test
    void AZ2_anotherAreasCoordinatorGets404AndChangesNothing() throws Exception {
        Gone gone = goneWithACourse();
        MockHttpSession south = sessions.fresh(TestUsers.COORDINATOR_SOUTH);

        mvc.perform(get("/forloeb/genfordel/ansvarlig/" + gone.id()).session(south)).andExpect(status().isNotFound());
        mvc.perform(reassign(gone.id(), world.userId(TestUsers.CASEWORKER_SOUTH), "WORKLOAD", choice(gone.course()))
                .session(south)).andExpect(status().isNotFound());

        assertThat(responsibleOf(gone.course())).isEqualTo(gone.id());
        assertThat(reassignedAudits(gone.course())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_type = 'USER' "
                + "and subject_id = ?", Long.class, String.valueOf(gone.id()))).isPositive();
    }

    /** The coordinator's refused reassignment: the form shown again (200), its character references resolved. */
    private String shownAgain(MockHttpServletRequestBuilder reassignment) throws Exception {
        return html(reassignment.session(coordinator));
    }

    @Test
    void AZ2_anotherAreasCourseSlippedIntoTheFormIs404AndNothingIsChanged() throws Exception {
        String gone = world.newCaseworker();
        Reports.Course own = world.activeCourse(2, gone);
        Reports.Course southern = world.activeCourse(TODAY.minusMonths(2), TestUsers.CASEWORKER_SOUTH);
        long goneId = world.userId(gone);
        long newId = world.userId(world.newCaseworker());

        mvc.perform(reassign(goneId, newId, "WORKLOAD", choice(own), choice(southern)).session(coordinator))
                .andExpect(status().isNotFound());

        assertThat(responsibleOf(own)).as("all or nothing").isEqualTo(goneId);
        assertThat(responsibleOf(southern)).isEqualTo(world.userId(TestUsers.CASEWORKER_SOUTH));
        assertThat(reassignedAudits(own)).isZero();
    }

    @Test
    void C7_theNewResponsiblePersonMustBeOfTheArea_andAReasonIsRequired_andNothingIsChanged() throws Exception {
        Gone gone = goneWithACourse();

        String otherArea = shownAgain(reassign(gone.id(), world.userId(TestUsers.CASEWORKER_SOUTH), "WORKLOAD",
                choice(gone.course())));
        assertThat(otherArea).contains("id=\"responsibleUserId-error\"");
        String noReason = shownAgain(reassign(gone.id(), world.userId(TestUsers.CASEWORKER), null, choice(gone.course())));
        assertThat(noReason).contains("Vælg en årsag.").contains("id=\"reason-error\"");
        String noCourse = shownAgain(reassign(gone.id(), world.userId(TestUsers.CASEWORKER), "OTHER"));
        assertThat(noCourse).contains("Vælg mindst ét forløb.");
        String same = shownAgain(reassign(gone.id(), gone.id(), "OTHER", choice(gone.course())));
        assertThat(same).contains("Vælg en anden end den nuværende forløbsansvarlige");

        assertThat(responsibleOf(gone.course())).isEqualTo(gone.id());
        assertThat(reassignedAudits(gone.course())).isZero();
    }

    @Test
    void CI1_aCourseChangedSinceThePageWasShownIsNotReassigned_theCoordinatorIsTold() throws Exception {
        String gone = world.newCaseworker();
        Reports.Course first = world.activeCourse(2, gone);
        Reports.Course second = world.activeCourse(3, gone);
        long goneId = world.userId(gone);
        String firstAsShown = choice(first);
        String secondAsShown = choice(second);
        // meanwhile another coordinator gave the second course to someone else
        long meanwhile = world.userId(world.newCaseworker());
        jdbc.update("update mentor_course set responsible_user_id = ?, version = version + 1 where id = ?", meanwhile, second.id());

        String page = shownAgain(reassign(goneId, world.userId(TestUsers.CASEWORKER), "ABSENCE",
                firstAsShown, secondAsShown));

        assertThat(page).contains("data-testid=\"reassign-form\"").contains("alert-error");
        assertThat(responsibleOf(first)).as("all or nothing").isEqualTo(goneId);
        assertThat(responsibleOf(second)).isEqualTo(meanwhile);
        assertThat(reassignedAudits(first)).isZero();
    }

    @Test
    void CI3_aDoubleSubmittedReassignmentIsSavedOnce() throws Exception {
        Gone gone = goneWithACourse();
        long newId = world.userId(world.newCaseworker());
        String page = mvc.perform(get("/forloeb/genfordel/ansvarlig/" + gone.id()).session(coordinator)).andReturn()
                .getResponse().getContentAsString();
        String token = onceToken(page);
        String asShown = choice(gone.course());

        for (int i = 0; i < 2; i++) {
            mvc.perform(reassign(gone.id(), newId, "RESPONSIBLE_MOVED", asShown).param("_once", token).session(coordinator))
                    .andExpect(redirectedUrl("/forloeb/genfordel/ansvarlig/" + gone.id()));
        }

        assertThat(responsibleOf(gone.course())).isEqualTo(newId);
        assertThat(reassignedAudits(gone.course())).isEqualTo(1);
    }

    @Test
    void AZ1_onlyCoordinatorsReachThePages() throws Exception {
        String gone = world.newCaseworker();
        world.activeCourse(2, gone);
        long goneId = world.userId(gone);
        mvc.perform(get("/forloeb/genfordel/ansvarlig/" + goneId).session(sessions.fresh(TestUsers.CASEWORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forloeb/genfordel/ansvarlig/" + goneId).session(sessions.fresh(TestUsers.DIRECTORATE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void C1_theMentorsPageListsTheAreasOpenCoursesWithTheWayToANewMentor_anotherAreaSeesNone() throws Exception {
        Reports.Course course = world.activeCourse(2);
        long mentorId = course.mentorId(); // the test courses' mentors are retired
        // the start page lists the first mentors by name; other tests' retired mentors are there too
        jdbc.update("update mentor set first_name = 'Aage', last_name = 'Aagesen' where id = ?", mentorId);

        String page = html(coordinator, "/forloeb/genfordel/mentor/" + mentorId);
        assertThat(page).contains(course.firstName()).contains("data-testid=\"to-course\"")
                .contains("/forloeb/" + course.id());
        assertThat(html(coordinator, "/")).contains("/forloeb/genfordel/mentor/" + mentorId);
        assertThat(html(coordinator, "/mentorer/" + mentorId)).contains("/forloeb/genfordel/mentor/" + mentorId);

        String south = html(sessions.fresh(TestUsers.COORDINATOR_SOUTH), "/forloeb/genfordel/mentor/" + mentorId);
        assertThat(south).contains("data-testid=\"no-courses\"").doesNotContain(course.firstName());

        jdbc.update("update mentor_course set state = 'PREPARING', start_date = null where id = ?", course.id());
        assertThat(html(coordinator, "/forloeb/genfordel/mentor/" + mentorId)).contains("data-testid=\"to-matching\"")
                .contains("/mentorer/matchning/" + course.clientId() + "?forloeb=" + course.id());
    }
}
