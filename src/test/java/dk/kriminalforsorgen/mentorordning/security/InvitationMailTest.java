package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryMentors;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.internal.NoticeMailer;
import dk.kriminalforsorgen.mentorordning.support.TestMailServer;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 14: the directorate never chooses a staff member's password. A user created at {@code /admin/brugere/ny} has
 * no usable password; the one-time link is shown once and e-mailed (GreenMail) through the notification outbox, whose
 * stored body never holds the token once the e-mail is sent; the user sets their own password with the mailed link
 * and signs in. A reset is a new invitation (the old link is worthless). A mentor's invitation is e-mailed too.
 * <p>
 * As in {@code NoticeMailDeliveryTest}: the application under test has no SMTP server, so the test hands the outbox's
 * sender a Spring Mail sender pointed at GreenMail.
 */
class InvitationMailTest extends IntegrationTestBase {

    private static final Pattern PAGE_LINK = Pattern.compile("data-testid=\"invitation-link\">[^<]*(/invitation/[A-Za-z0-9_-]{43})<");
    private static final Pattern MAIL_LINK = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]{43})");
    private static final String OWN_PASSWORD = "mit eget valg af adgangssætning";

    @RegisterExtension
    static TestMailServer greenMail = new TestMailServer();

    @Autowired
    NoticeMailer mailer;

    @Autowired
    Notifications notifications;

    @Autowired
    MentorRegistry registry;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 23));
    }

    @Test
    void AS1_aStaffUserCreatedByTheDirectorateGetsTheLinkOnceOnScreenAndByMailAndChoosesTheirOwnPassword() throws Exception {
        String username = "mail." + suffix();
        String address = username.replace('.', '-') + "@example.dk";
        String page = mvc.perform(newUser(username, address)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Linket sendes også til brugerens e-mailadresse.");
        String shown = link(PAGE_LINK, page);
        long id = idOf(username);
        String token = shown.substring(shown.lastIndexOf('/') + 1);

        // queued with the invitation; the stored body has a placeholder, the token is kept apart until the send
        Map<String, Object> queued = jdbc.queryForMap("""
                select m.body, s.secret, m.status from notice_mail m join notice n on n.id = m.notice_id
                left join notice_mail_secret s on s.notice_id = n.id
                where n.recipient_user_id = ? and n.kind = 'ACCOUNT_INVITATION'""", id);
        assertThat((String) queued.get("body")).doesNotContain(token).contains("/invitation/" + Notifications.SECRET_PLACEHOLDER);
        assertThat(queued).containsEntry("secret", token).containsEntry("status", "PENDING");
        assertThat(notifications.outbox(200)).noneMatch(mail -> mail.body().contains(token));
        // e-mail only: not a notice in the application
        assertThat(notifications.unread(id)).isZero();
        assertThat(notifications.of(id, 10)).isEmpty();

        mailer.sendDue(greenMail.sender());
        MimeMessage mail = only(greenMail.receivedBy(address));
        String body = mail.getContent().toString();
        assertThat(mail.getSubject()).isEqualTo("Invitation til Mentorordning: vælg din adgangskode");
        String mailed = link(MAIL_LINK, body);
        assertThat(mailed).isEqualTo(shown);
        assertThat(body).contains("kan bruges én gang og udløber 30. november 2026");
        // after the send, the outbox keeps no usable token
        assertThat(jdbc.queryForMap("""
                select m.body, s.secret, m.status from notice_mail m join notice n on n.id = m.notice_id
                left join notice_mail_secret s on s.notice_id = n.id
                where n.recipient_user_id = ? and n.kind = 'ACCOUNT_INVITATION'""", id))
                .containsEntry("secret", null).containsEntry("status", "SENT")
                .satisfies(row -> assertThat((String) row.get("body")).doesNotContain(token));

        // nobody's typed password signs in before the link is used; the user's own does after
        assertThat(signIn(username, TestUsers.PASSWORD)).isEqualTo("/login?fejl");
        assertThat(mvc.perform(post(mailed).with(csrf()).param("newPassword", OWN_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?konto-klar");
        assertThat(signIn(username, OWN_PASSWORD)).isEqualTo("/");

        assertThat(audited(id, "USER")).contains("USER_CREATED", "USER_EMAIL_CHANGED", "USER_INVITED",
                "USER_INVITATION_ACCEPTED");
        assertThat(jdbc.queryForList("""
                select a.action from audit_event a join notice n on a.subject_type = 'notice' and a.subject_id = n.id::text
                where n.recipient_user_id = ?""", String.class, id)).contains("NOTICE_CREATED", "NOTICE_MAIL_QUEUED", "NOTICE_MAILED");
        assertThat(jdbc.queryForObject("select username from audit_event where action = 'USER_CREATED' and subject_id = ?",
                String.class, String.valueOf(id))).isEqualTo(TestUsers.DIRECTORATE);
    }

    /** A staff user the directorate has just created with an e-mail address, so the invitation is queued to it. */
    private record Invited(String username, String address, long id) {
    }

    private Invited invitedWithAnAddress(String usernamePrefix) throws Exception {
        String username = usernamePrefix + suffix();
        String address = username.replace('.', '-') + "@example.dk";
        mvc.perform(newUser(username, address));
        return new Invited(username, address, idOf(username));
    }

    @Test
    void AS1_aResetMailsANewLinkAndTheFirstMailedLinkIsWorthless() throws Exception {
        Invited invited = invitedWithAnAddress("nulstil.");
        mailer.sendDue(greenMail.sender());
        mvc.perform(post("/admin/brugere/" + invited.id() + "/adgangskode").with(csrf())
                .session(sessions.of(TestUsers.DIRECTORATE)));

        mailer.sendDue(greenMail.sender());
        List<MimeMessage> received = greenMail.receivedBy(invited.address());
        assertThat(received).hasSize(2);
        List<String> links = received.stream().map(InvitationMailTest::body).map(body -> link(MAIL_LINK, body)).toList();
        assertThat(links).doesNotHaveDuplicates();
        String first = invitationOf(links, invited.id(), true);
        String second = invitationOf(links, invited.id(), false);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(mvc.perform(post(second).with(csrf()).param("newPassword", OWN_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?konto-klar");
        assertThat(signIn(invited.username(), OWN_PASSWORD)).isEqualTo("/");
    }

    @Test
    void aNewInvitationBeforeTheFirstIsSentGivesTheFirstMailUpAndDeletesItsToken() throws Exception {
        Invited invited = invitedWithAnAddress("erstattet.");
        mvc.perform(post("/admin/brugere/" + invited.id() + "/invitation").with(csrf())
                .session(sessions.of(TestUsers.DIRECTORATE)));

        assertThat(jdbc.queryForList("""
                select m.status from notice_mail m join notice n on n.id = m.notice_id
                where n.recipient_user_id = ? order by n.id""", String.class, invited.id()))
                .containsExactly("FAILED", "PENDING");
        assertThat(jdbc.queryForObject("""
                select count(*) from notice_mail_secret s join notice n on n.id = s.notice_id
                where n.recipient_user_id = ?""", Integer.class, invited.id())).isEqualTo(1);
        mailer.sendDue(greenMail.sender());
        String link = link(MAIL_LINK, body(only(greenMail.receivedBy(invited.address()))));
        assertThat(link).isEqualTo(invitationOf(List.of(link), invited.id(), false));
    }

    @Test
    void aUserWithoutAnAddressGetsTheLinkOnScreenOnlyAndNothingIsQueued() throws Exception {
        String username = "utenmail." + suffix();
        String page = mvc.perform(newUser(username, "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Brugeren har ingen e-mailadresse, så linket sendes ikke.");
        link(PAGE_LINK, page);
        assertThat(jdbc.queryForObject("""
                select count(*) from notice_mail m join notice n on n.id = m.notice_id where n.recipient_user_id = ?""",
                Integer.class, idOf(username))).isZero();
    }

    @Test
    void AS1_aMentorsInvitationIsMailedToTheRegistrysAddress() throws Exception {
        long mentor = asSignedIn(TestUsers.COORDINATOR, () -> new RegistryMentors(registry, clock).approved("Mailet"));
        String page = mvc.perform(post("/mentorer/" + mentor + "/inviter").with(csrf())
                .session(sessions.of(TestUsers.COORDINATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Linket sendes også til brugerens e-mailadresse.");
        String shown = link(PAGE_LINK, page);
        long userId = jdbc.queryForObject("select user_id from mentor where id = ?", Long.class, mentor);
        assertThat(jdbc.queryForObject("""
                select m.to_address from notice_mail m join notice n on n.id = m.notice_id
                where n.recipient_user_id = ? and n.kind = 'ACCOUNT_INVITATION'""", String.class, userId))
                .isEqualTo("mentor@example.dk");

        mailer.sendDue(greenMail.sender());
        // the registry profiles of the tests share one address: find this mentor's mail by its link
        assertThat(greenMail.receivedBy("mentor@example.dk").stream().map(InvitationMailTest::body))
                .anySatisfy(body -> assertThat(body).contains("http://localhost:8080" + shown));
    }

    // --- helpers ---

    private MockHttpServletRequestBuilder newUser(String username, String email) {
        return post("/admin/brugere/ny").session(sessions.of(TestUsers.DIRECTORATE)).with(csrf())
                .param("username", username).param("displayName", "Mette Mail").param("role", "CASEWORKER")
                .param("areaId", String.valueOf(TestUsers.HOVEDSTADEN))
                .param("unitId", String.valueOf(TestUsers.KIF_KOEBENHAVN_NORD)).param("email", email);
    }

    /** The link of the user's first ({@code first}) or latest invitation among {@code links}, by its stored hash. */
    private String invitationOf(List<String> links, long userId, boolean first) {
        String hash = jdbc.queryForObject("select token_hash from account_invitation where user_id = ? order by id "
                + (first ? "asc" : "desc") + " limit 1", String.class, userId);
        return links.stream().filter(link -> SecondFactor.sha256(link.substring(link.lastIndexOf('/') + 1)).equals(hash))
                .findFirst().orElseThrow();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(Pattern pattern, String text) {
        Matcher link = pattern.matcher(text);
        assertThat(link.find()).as("a one-time link in: %s", text).isTrue();
        return link.group(1);
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse().getRedirectedUrl();
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private List<String> audited(long userId, String subjectType) {
        return jdbc.queryForList("select action from audit_event where subject_type = ? and subject_id = ?",
                String.class, subjectType, String.valueOf(userId));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
