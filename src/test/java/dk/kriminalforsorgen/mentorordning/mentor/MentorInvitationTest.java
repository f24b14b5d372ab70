package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;
import dk.kriminalforsorgen.mentorordning.security.InvitationProperties;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 14: a coordinator invites a registry mentor to their own account from the mentor's page; the one-time link
 * sets the password once and expires; another area's coordinator gets 404 (AZ2); deactivating or retiring the mentor
 * disables the account and ends its sessions (AS7). Staff get the same invitation from the user administration.
 */
class MentorInvitationTest extends IntegrationTestBase {

    private static final Pattern LINK = Pattern.compile("data-testid=\"invitation-link\">[^<]*(/invitation/[A-Za-z0-9_-]+)<");
    private static final String NEW_PASSWORD = "min egen lange adgangskode";

    @Autowired
    MentorRegistry registry;

    @Autowired
    UserAdministration administration;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 23));
    }

    @Test
    void AS1_theInvitedMentorGetsALinkedUserAndSetsTheirPasswordOnce() throws Exception {
        long mentor = approvedMentor();
        String page = mvc.perform(get("/mentorer/" + mentor).session(sessions.of(TestUsers.COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"invite-mentor\"");

        String link = invite(TestUsers.COORDINATOR, mentor);
        Long userId = jdbc.queryForObject("select user_id from mentor where id = ?", Long.class, mentor);
        assertThat(userId).isNotNull();
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, userId)).isEqualTo(Role.MENTOR.name());
        String username = "mentor." + mentor;
        assertThat(jdbc.queryForObject("select username from app_user where id = ?", String.class, userId)).isEqualTo(username);
        assertThat(jdbc.queryForObject("select count(*) from account_invitation where user_id = ? and token_hash like ?",
                Integer.class, userId, "%" + link.substring(link.lastIndexOf('/') + 1) + "%")).as("only the hash is stored").isZero();
        // before the password is set, no password signs the user in
        assertThat(signIn(username, TestUsers.PASSWORD)).isEqualTo("/login?fejl");

        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains(username);
        MockHttpServletResponse weak = mvc.perform(post(link).with(csrf()).param("newPassword", "kort")).andReturn().getResponse();
        assertThat(weak.getContentAsString()).contains("error-summary").doesNotContain("kort\"");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as("a refused password keeps the link").isEqualTo(200);

        assertThat(mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?konto-klar");
        assertThat(signIn(username, NEW_PASSWORD)).isEqualTo("/");

        MockHttpServletResponse used = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(used.getStatus()).isEqualTo(410);
        assertThat(used.getContentAsString()).contains("Linket kan ikke bruges");
        assertThat(mvc.perform(post(link).with(csrf()).param("newPassword", "en helt anden lang adgangskode"))
                .andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(signIn(username, "en helt anden lang adgangskode")).isEqualTo("/login?fejl");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_INVITED' and subject_id = ?",
                Integer.class, String.valueOf(mentor))).isEqualTo(1);
    }

    @Test
    void theLinkExpiresAfterTheConfiguredValidity() throws Exception {
        Duration validity = InvitationProperties.defaults().validity();
        String link = invite(TestUsers.COORDINATOR, approvedMentor());
        clock.set(clock.instant().plus(validity).minusSeconds(1));
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as("the last second").isEqualTo(200);
        clock.set(clock.instant().plusSeconds(1));
        MockHttpServletResponse expired = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("udløbet");
        assertThat(mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD)).andReturn().getResponse()
                .getStatus()).isEqualTo(410);
    }

    @Test
    void aNewInvitationMakesTheEarlierLinkUseless() throws Exception {
        long mentor = approvedMentor();
        String first = invite(TestUsers.COORDINATOR, mentor);
        String second = invite(TestUsers.COORDINATOR, mentor);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like ?", Integer.class,
                "mentor." + mentor + "%")).as("one user, however often invited").isEqualTo(1);
    }

    @Test
    void AZ2_anotherAreasCoordinatorCannotInviteTheMentor() throws Exception {
        long mentor = approvedMentor();
        MockHttpServletResponse response = mvc.perform(post("/mentorer/" + mentor + "/inviter").with(csrf())
                .session(sessions.of(TestUsers.COORDINATOR_SOUTH))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select user_id from mentor where id = ?", Long.class, mentor)).isNull();
        assertThat(mvc.perform(post("/mentorer/" + mentor + "/inviter").with(csrf())
                .session(sessions.of(TestUsers.CASEWORKER))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void onlyAnApprovedMentorIsInvited() throws Exception {
        long applicant = asSignedIn(TestUsers.COORDINATOR, () -> new RegistryMentors(registry, clock).applicant("Ansøger"));
        MockHttpServletResponse response = mvc.perform(post("/mentorer/" + applicant + "/inviter").with(csrf())
                .session(sessions.of(TestUsers.COORDINATOR))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/mentorer/" + applicant);
        assertThat(jdbc.queryForObject("select user_id from mentor where id = ?", Long.class, applicant)).isNull();
    }

    @Test
    void AS7_retiringTheMentorDisablesTheAccountAndEndsItsSessions() throws Exception {
        long mentor = approvedMentor();
        MockHttpSession mentorSession = acceptedAndSignedIn(mentor);
        decide(mentor, AreaDecision.RETIRE);
        assertThat(enabled(mentor)).isFalse();
        assertThat(mvc.perform(get("/mine-forloeb").session(mentorSession)).andReturn().getResponse().getRedirectedUrl())
                .startsWith("/login");
        assertThat(signIn("mentor." + mentor, NEW_PASSWORD)).isEqualTo("/login?fejl");
    }

    @Test
    void AS7_deactivatingTheMentorDisablesTheAccountAndReactivatingEnablesIt() throws Exception {
        long mentor = approvedMentor();
        acceptedAndSignedIn(mentor);
        decide(mentor, AreaDecision.DEACTIVATE);
        assertThat(enabled(mentor)).isFalse();
        assertThat(signIn("mentor." + mentor, NEW_PASSWORD)).isEqualTo("/login?fejl");
        decide(mentor, AreaDecision.REACTIVATE);
        assertThat(enabled(mentor)).isTrue();
        assertThat(signIn("mentor." + mentor, NEW_PASSWORD)).isEqualTo("/");
    }

    @Test
    void AS1_staffAreInvitedFromTheUserAdministrationInsteadOfGettingAPasswordFromIt() throws Exception {
        String username = "inviteret." + System.nanoTime();
        long id = administration.create(username, TestUsers.PASSWORD, new Assignment("Ida Inviteret", Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false)).getId();
        assertThat(mvc.perform(get("/admin/brugere/" + id).session(sessions.of(TestUsers.DIRECTORATE))).andReturn()
                .getResponse().getContentAsString()).contains("data-testid=\"user-invite\"");
        String page = mvc.perform(post("/admin/brugere/" + id + "/invitation").with(csrf())
                .session(sessions.of(TestUsers.DIRECTORATE))).andReturn().getResponse().getContentAsString();
        String link = link(page);
        assertThat(mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?konto-klar");
        assertThat(signIn(username, NEW_PASSWORD)).isEqualTo("/");
        assertThat(mvc.perform(post("/admin/brugere/" + id + "/invitation").with(csrf())
                .session(sessions.of(TestUsers.COORDINATOR))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void AS7_anInvitationNeverReEnablesAUserTheDirectorateDisabled() throws Exception {
        String username = "deaktiveret." + System.nanoTime();
        long id = administration.create(username, TestUsers.PASSWORD, new Assignment("Dina Deaktiveret", Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false)).getId();
        String link = link(mvc.perform(post("/admin/brugere/" + id + "/invitation").with(csrf())
                .session(sessions.of(TestUsers.DIRECTORATE))).andReturn().getResponse().getContentAsString());
        administration.setEnabled(id, false);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD)).andReturn().getResponse()
                .getStatus()).isEqualTo(410);
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id)).isFalse();
        assertThat(signIn(username, NEW_PASSWORD)).isEqualTo("/login?fejl");
    }

    private MockHttpSession acceptedAndSignedIn(long mentor) throws Exception {
        String link = invite(TestUsers.COORDINATOR, mentor);
        mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD));
        MockHttpSession session = sessions.fresh("mentor." + mentor, NEW_PASSWORD);
        assertThat(mvc.perform(get("/mine-forloeb").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        return session;
    }

    private void decide(long mentor, AreaDecision decision) throws Exception {
        long version = jdbc.queryForObject("select version from mentor where id = ?", Long.class, mentor);
        MockHttpServletResponse response = mvc.perform(post("/mentorer/" + mentor + "/afgoerelse").with(csrf())
                .session(sessions.of(TestUsers.COORDINATOR)).param("version", String.valueOf(version))
                .param("decision", decision.name()).param("reason", "Testens afgørelse")).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/mentorer/" + mentor);
    }

    private boolean enabled(long mentor) {
        return jdbc.queryForObject("select u.enabled from app_user u join mentor m on m.user_id = u.id where m.id = ?",
                Boolean.class, mentor);
    }

    private long approvedMentor() {
        return asSignedIn(TestUsers.COORDINATOR, () -> new RegistryMentors(registry, clock).approved("Inviteret"));
    }

    private String invite(String coordinator, long mentor) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/mentorer/" + mentor + "/inviter").with(csrf())
                .session(sessions.of(coordinator))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return link(response.getContentAsString());
    }

    private static String link(String page) {
        Matcher matcher = LINK.matcher(page);
        assertThat(matcher.find()).as("the link is shown once on the page").isTrue();
        return matcher.group(1);
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse().getRedirectedUrl();
    }
}
