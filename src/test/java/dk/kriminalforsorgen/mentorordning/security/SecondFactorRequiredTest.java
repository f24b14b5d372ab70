package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.Authenticator;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AS3 as production has it for the required roles (here: mentors and the directorate; the shipped production value is
 * every role, see ShippedConfigurationTest): after the password a user of a required role without an authenticator is
 * sent to the enrolment and reaches nothing else until it is done; a role not required signs in with the password.
 * And the journey of issue 14: a coordinator invites a mentor from the registry page, the mentor sets a password,
 * enrols the second factor and files their first status report.
 */
@TestPropertySource(properties = "mentorordning.security.second-factor.required-roles=MENTOR,DIRECTORATE")
class SecondFactorRequiredTest extends IntegrationTestBase {

    private static final Pattern KEY = Pattern.compile("data-testid=\"manual-key\">([A-Z2-7 ]+)<");
    private static final Pattern LINK = Pattern.compile("data-testid=\"invitation-link\">[^<]*(/invitation/[A-Za-z0-9_-]+)<");
    private static final String PASSWORD = "mentorens egen lange adgangskode";

    @Autowired
    SecondFactorProperties properties;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 23));
    }

    @Test
    void AS3_aRequiredRoleWithoutAnAuthenticatorMustEnrolAndReachesNothingElseFirst() throws Exception {
        assertThat(properties.requiredRoles()).containsExactlyInAnyOrder(Role.MENTOR, Role.DIRECTORATE);
        MvcResult login = mvc.perform(formLogin().user(TestUsers.DIRECTORATE).password(TestUsers.PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/tofaktor");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        for (String path : List.of("/", "/admin/brugere", "/admin/revision", "/notifikationer", "/mentorer",
                "/admin/brugere/1", "/login/gendannelseskoder")) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(path).isEqualTo("/login/kode");
        }
        // the code page sends a user without an authenticator on to the enrolment
        assertThat(mvc.perform(get("/login/kode").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/tofaktor");
        String enrol = mvc.perform(get("/login/tofaktor").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(enrol).contains("Din rolle kræver");
        // the page offers no menu of the role before the second factor
        assertThat(enrol).doesNotContain("href=\"/admin/brugere\"");
    }

    @Test
    void AS3_aRoleThatIsNotRequiredSignsInWithThePasswordAlone() throws Exception {
        assertThat(mvc.perform(formLogin().user(TestUsers.CASEWORKER).password(TestUsers.PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void AS3_journeyFromTheRegistryPageInvitationToTheMentorsFirstStatusReport() throws Exception {
        Reports world = new Reports(context);
        Reports.Course course = world.activeCourse(2, TestUsers.CASEWORKER);
        // the course's mentor is an approved registry mentor without an account yet
        jdbc.update("update mentor set status = 'APPROVED', user_id = null where id = ?", course.mentorId());

        // 1. the coordinator of the area invites the mentor from the registry page
        MockHttpSession coordinator = sessions.of(TestUsers.COORDINATOR);
        assertThat(mvc.perform(get("/mentorer/" + course.mentorId()).session(coordinator)).andReturn().getResponse()
                .getContentAsString()).contains("data-testid=\"invite-mentor\"");
        MockHttpServletResponse issued = mvc.perform(post("/mentorer/" + course.mentorId() + "/inviter").with(csrf())
                .session(coordinator)).andReturn().getResponse();
        Matcher link = LINK.matcher(issued.getContentAsString());
        assertThat(link.find()).isTrue();
        String username = "mentor." + course.mentorId();

        // 2. the mentor opens the link and chooses a password
        assertThat(mvc.perform(get(link.group(1))).andReturn().getResponse().getContentAsString()).contains(username);
        assertThat(mvc.perform(post(link.group(1)).with(csrf()).param("newPassword", PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?konto-klar");

        // 3. the first sign-in forces the enrolment of the second factor
        MvcResult login = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/tofaktor");
        MockHttpSession mentor = (MockHttpSession) login.getRequest().getSession(false);
        String path = "/mine-forloeb/" + course.id() + "/rapporter/ny";
        assertThat(mvc.perform(get(path).session(mentor)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login/kode");
        Matcher key = KEY.matcher(mvc.perform(get("/login/tofaktor").session(mentor)).andReturn().getResponse()
                .getContentAsString());
        assertThat(key.find()).isTrue();
        MvcResult enrolled = mvc.perform(post("/login/tofaktor").with(csrf()).session(mentor)
                .param("code", Authenticator.code(key.group(1), clock.instant()))).andReturn();
        assertThat(enrolled.getResponse().getRedirectedUrl()).isEqualTo("/login/gendannelseskoder");

        // 4. the mentor sees their course and files the first monthly report
        assertThat(mvc.perform(get("/mine-forloeb").session(mentor)).andReturn().getResponse().getContentAsString())
                .contains(course.firstName());
        YearMonth month = YearMonth.from(world.today().minusMonths(1));
        long report = world.submitAsMentor(mvc, mentor, Reports.monthly(path, month, "tjek"));
        long userId = world.userId(username);
        assertThat(jdbc.queryForObject("select submitted_by from status_report where id = ?", Long.class, report))
                .isEqualTo(userId);

        // 5. the next sign-in asks for the code, not the enrolment
        clock.set(clock.instant().plusSeconds(60));
        MvcResult again = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login/kode");
        MockHttpSession second = (MockHttpSession) again.getRequest().getSession(false);
        assertThat(mvc.perform(post("/login/kode").with(csrf()).session(second)
                .param("code", Authenticator.code(key.group(1), clock.instant()))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/mine-forloeb/" + course.id()).session(second)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
