package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.Authenticator;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AS3 with the shipped test configuration (no role requires a second factor): a user who enrolled an authenticator is
 * asked for it after the password, and until then the session reaches nothing but the code page; a code is accepted
 * once (replay refused); a recovery code works once; wrong codes count toward the lock-out (AS4); all audited.
 */
class SecondFactorTest extends IntegrationTestBase {

    private static final Pattern KEY = Pattern.compile("data-testid=\"manual-key\">([A-Z2-7 ]+)<");
    private static final Instant T0 = Instant.parse("2026-11-10T09:00:00Z");

    @Autowired
    UserAdministration administration;

    private String user;

    @BeforeEach
    void newUser() {
        clock.set(T0);
        user = "tofaktor-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(user, TestUsers.PASSWORD, new Assignment("Tove Faktor", Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false));
    }

    @Test
    void AS3_anEnrolledUserIsAskedForTheCodeAndReachesNothingElseBeforeIt() throws Exception {
        String secret = enrol();
        clock.set(T0.plusSeconds(60));

        MockHttpSession session = passwordOnly();
        for (String path : List.of("/", "/klienter", "/mine-forloeb", "/notifikationer", "/admin/brugere", "/omraade")) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getRedirectedUrl())
                    .as(path).isEqualTo("/login/kode");
        }
        assertThat(mvc.perform(post("/klienter/soeg").with(csrf()).session(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login/kode");
        assertThat(mvc.perform(get("/login/kode").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Indtast din kode");

        MvcResult passed = code(session, Authenticator.code(secret, clock.instant()));
        assertThat(passed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(audited("LOGIN_SUCCEEDED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void AS3_theSameCodeIsRefusedASecondTime() throws Exception {
        String secret = enrol();
        clock.set(T0.plusSeconds(90));
        String code = Authenticator.code(secret, clock.instant());

        assertThat(code(passwordOnly(), code).getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession second = passwordOnly();
        MvcResult replay = code(second, code);
        assertThat(replay.getResponse().getRedirectedUrl()).isNull();
        assertThat(replay.getResponse().getContentAsString()).contains("Koden er forkert eller allerede brugt");
        assertThat(mvc.perform(get("/").session(second)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login/kode");
        assertThat(audited("SECOND_FACTOR_FAILED")).isEqualTo(1);

        // the code of the next time step is accepted
        clock.set(T0.plusSeconds(120));
        assertThat(code(second, Authenticator.code(secret, clock.instant())).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void AS3_aRecoveryCodeWorksOnceOnly() throws Exception {
        enrol();
        List<String> codes = lastRecoveryCodes;
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select code_hash from user_recovery_code where user_id = ?", String.class, userId()))
                .hasSize(10).doesNotContainAnyElementsOf(codes);

        assertThat(code(passwordOnly(), codes.get(3)).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(audited("SECOND_FACTOR_RECOVERY_CODE_USED")).isEqualTo(1);
        MvcResult again = code(passwordOnly(), codes.get(3));
        assertThat(again.getResponse().getRedirectedUrl()).isNull();
        assertThat(audited("SECOND_FACTOR_FAILED")).isEqualTo(1);
        assertThat(code(passwordOnly(), codes.get(4).toUpperCase()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void AS4_wrongCodesCountTowardTheLockoutAndTheLockedUserIsSignedOut() throws Exception {
        enrol();
        MockHttpSession session = passwordOnly();
        int max = SecurityProperties.defaults().maxFailedLogins();
        for (int i = 1; i < max; i++) {
            assertThat(code(session, "000000").getResponse().getRedirectedUrl()).as("attempt " + i).isNull();
        }
        assertThat(code(session, "000000").getResponse().getRedirectedUrl()).isEqualTo("/login?fejl");
        // locked: even the right password is refused now, so a new password step cannot reset the count
        assertThat(mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?fejl");
        assertThat(audited("SECOND_FACTOR_FAILED")).isEqualTo(max);
    }

    @Test
    void AS4_thePasswordAloneDoesNotResetTheCountOfWrongCodes() throws Exception {
        enrol();
        int max = SecurityProperties.defaults().maxFailedLogins();
        for (int i = 1; i < max; i++) {
            code(passwordOnly(), "111111");
        }
        assertThat(code(passwordOnly(), "111111").getResponse().getRedirectedUrl()).isEqualTo("/login?fejl");
    }

    @Test
    void AS3_enrolmentNeedsAWorkingCodeAndIsAudited() throws Exception {
        MockHttpSession session = signedIn();
        String page = mvc.perform(get("/login/tofaktor").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data:image/png;base64,");
        String secret = key(page);
        MvcResult wrong = mvc.perform(post("/login/tofaktor").with(csrf()).session(session).param("code", "123")).andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("Koden er forkert");
        assertThat(jdbc.queryForObject("select count(*) from user_totp where user_id = ?", Integer.class, userId())).isZero();
        // the same secret is offered again after a wrong code, so the app set up already keeps working
        assertThat(key(wrong.getResponse().getContentAsString())).isEqualTo(secret);
        mvc.perform(post("/login/tofaktor").with(csrf()).session(session).param("code", Authenticator.code(secret, clock.instant())));
        assertThat(audited("SECOND_FACTOR_ENROLLED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select secret_sealed from user_totp where user_id = ?", String.class, userId()))
                .doesNotContain(secret.replace(" ", ""));
    }

    private List<String> lastRecoveryCodes;

    /** Enrols through the pages as a fully signed-in user; returns the secret as shown for typing. */
    @SuppressWarnings("unchecked")
    private String enrol() throws Exception {
        MockHttpSession session = signedIn();
        String secret = key(mvc.perform(get("/login/tofaktor").session(session)).andReturn().getResponse().getContentAsString());
        MvcResult confirmed = mvc.perform(post("/login/tofaktor").with(csrf()).session(session)
                .param("code", Authenticator.code(secret, clock.instant()))).andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/login/gendannelseskoder");
        lastRecoveryCodes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
        return secret;
    }

    private MockHttpSession signedIn() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpSession passwordOnly() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/kode");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/kode").with(csrf()).session(session).param("code", code)).andReturn();
    }

    private static String key(String page) {
        Matcher matcher = KEY.matcher(page);
        assertThat(matcher.find()).as("the key for typing by hand is on the page").isTrue();
        return matcher.group(1);
    }

    private long userId() {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?", Integer.class,
                action, String.valueOf(userId()));
    }
}
