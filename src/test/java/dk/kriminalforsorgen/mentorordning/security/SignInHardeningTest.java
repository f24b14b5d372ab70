package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** Issue 14, item 4: the sign-in hardening (AS1, AS2, AS4, AS7, AU4). */
class SignInHardeningTest extends IntegrationTestBase {

    private static final String PASSWORD = "en lang og god adgangskode til test";
    private static final String NEW_PASSWORD = "syv blå heste spiser gule citroner om natten";

    @Autowired
    UserAdministration users;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInProperties signIn;

    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();

    @BeforeEach
    void setUp() {
        securityLog.start();
        ((Logger) LoggerFactory.getLogger("SECURITY")).addAppender(securityLog);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger("SECURITY")).detachAppender(securityLog);
    }

    private AppUser newUser(String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        return users.create(username, PASSWORD, new Assignment("Test Bruger", Role.CASEWORKER, 1L, 104L, false));
    }

    // --- AS4: the lock is keyed on the resolved account ---

    @Test
    void AS4_aDottedCapitalIDoesNotSignInWhileTheAccountIsLocked() throws Exception {
        String username = newUser("sistest.").getUsername();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("forkert adgangskode " + i)).andExpect(unauthenticated());
        }
        // The bypass of issue 14: "sİstest" lower-cased by Java (i + combining dot) and by PostgreSQL (i) differ.
        String dottedCapitalI = "s\u0130" + username.substring(2);
        mvc.perform(formLogin().user(dottedCapitalI).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
        mvc.perform(formLogin().user(username.toUpperCase(Locale.ROOT)).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
    }

    @Test
    void AS4_failuresUnderEverySpellingCountTowardsTheOneAccount() throws Exception {
        String username = newUser("spelling.").getUsername();
        String[] spellings = {username.toUpperCase(Locale.ROOT), " " + username, username, "S" + username.substring(1),
                username.toUpperCase(Locale.ROOT) + " "};
        for (String spelling : spellings) {
            mvc.perform(formLogin().user(spelling).password("forkert adgangskode")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username_hash = ? and locked_until > now()",
                Integer.class, LoginThrottle.accountKey(id))).isEqualTo(1);
    }

    @Test
    void AS4_anotherCaseOfTheUserNameSignsInWhenNotLocked() throws Exception {
        String username = newUser("case.").getUsername();
        mvc.perform(formLogin().user(username.toUpperCase(Locale.ROOT)).password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    // --- AS1: breached passwords ---

    @Test
    void AS1_passwordsOfTheBreachedListAreRefusedAndAStrongOneIsAccepted() throws IOException {
        List<String> breached = List.of("123456789987654321", "momsanaladventure", "q1w2e3r4t5y6u7i8", "Q1W2E3R4T5Y6U7I8");
        String oldList = new ClassPathResource("security/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        for (String password : breached) {
            assertThat(oldList).as("not on the old list of 50 words").doesNotContain(password.toLowerCase(Locale.ROOT));
            assertThatThrownBy(() -> policy.check("newPassword", password))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.violations())
                            .singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo("newPassword");
                                assertThat(v.messageKey()).isEqualTo("password.common");
                            }));
        }
        policy.check("newPassword", NEW_PASSWORD);
        policy.check("newPassword", TestUsers.PASSWORD);
    }

    // --- AS2: hashes of an older setting verify and are re-encoded ---

    @Test
    void AS2_anOldHashSignsInAndIsReEncodedWithTheCurrentSetting() throws Exception {
        AppUser user = newUser("oldhash.");
        String legacy = "{" + PasswordHashing.LEGACY_ID + "}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        jdbc.update("update app_user set password_hash = ? where id = ?", legacy, user.getId());

        mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD))
                .andExpect(authenticated().withUsername(user.getUsername()));

        String stored = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, user.getId());
        assertThat(stored).startsWith("{" + PasswordHashing.idFor(signIn.passwordHashIterations()) + "}").isNotEqualTo(legacy);
        assertThat(passwordEncoder.matches(PASSWORD, stored)).isTrue();
        mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD))
                .andExpect(authenticated().withUsername(user.getUsername()));
    }

    @Test
    void AS2_aHashOfTheOwaspSettingVerifiesWhateverTheConfiguredCount() {
        String owasp = "{" + PasswordHashing.idFor(600_000) + "}" + new Pbkdf2PasswordEncoder("", 16, 600_000,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256).encode(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, owasp)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD + "x", owasp)).isFalse();
        String other = "{" + PasswordHashing.idFor(20_000) + "}" + new Pbkdf2PasswordEncoder("", 16, 20_000,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256).encode(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, other)).as("another instance's setting").isTrue();
        assertThat(passwordEncoder.matches(PASSWORD + "x", other)).isFalse();
        assertThat(passwordEncoder.upgradeEncoding(other)).isTrue();
    }

    // --- Changing one's own password (AS1, AS7, AU1) ---

    @Test
    void AS7_changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
        AppUser user = newUser("selv.");
        MockHttpSession here = sessions.fresh(user.getUsername(), PASSWORD);
        MockHttpSession elsewhere = sessions.fresh(user.getUsername(), PASSWORD);

        mvc.perform(get("/konto/adgangskode").session(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skift adgangskode")))
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")));

        mvc.perform(passwordChange(here, "forkert adgangskode her", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("Den nuværende adgangskode er forkert.")));
        assertThat(changes(user.getId())).isZero();

        mvc.perform(passwordChange(here, PASSWORD, "123456789987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(containsString("Adgangskoden er kendt fra lækager")));
        assertThat(changes(user.getId())).isZero();

        mvc.perform(passwordChange(here, PASSWORD, NEW_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/konto/adgangskode"));

        assertThat(changes(user.getId())).isEqualTo(1);
        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?udloebet"));
        mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin().user(user.getUsername()).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(user.getUsername()));
    }

    @Test
    void AS4_wrongCurrentPasswordsLockTheAccountAndALockedAccountCannotChangeIt() throws Exception {
        AppUser user = newUser("laast.");
        MockHttpSession session = sessions.fresh(user.getUsername(), PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(passwordChange(session, "forkert adgangskode " + i, NEW_PASSWORD))
                    .andExpect(status().isOk());
        }
        mvc.perform(passwordChange(session, PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("for mange forkerte forsøg")));
        assertThat(changes(user.getId())).isZero();
        mvc.perform(formLogin().user(user.getUsername()).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void AS1_theChangePageIsLinkedFromTheHeaderAndNeedsASignIn() throws Exception {
        mvc.perform(get("/konto/adgangskode")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(sessions.of(TestUsers.MENTOR)))
                .andExpect(content().string(containsString("href=\"/konto/adgangskode\"")));
    }

    // --- AU4: administrator actions name the administrator ---

    @Test
    void AU4_roleChangeDisableAndResetNameTheActingAdministrator() throws Exception {
        AppUser user = newUser("admin.");
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        mvc.perform(post("/admin/brugere/" + user.getId()).session(directorate).with(csrf())
                        .param("version", String.valueOf(user.getVersion()))
                        .param("displayName", "Test Bruger").param("role", "COORDINATOR")
                        .param("areaId", "1").param("unitId", "104"))
                .andExpect(status().isFound());
        // issue 14: a reset is a new invitation, shown once on the page the POST renders
        mvc.perform(post("/admin/brugere/" + user.getId() + "/adgangskode").session(directorate).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/brugere/" + user.getId() + "/deaktiver").session(directorate).with(csrf()))
                .andExpect(status().isFound());

        for (String event : List.of("ROLE_CHANGED", "USER_PASSWORD_RESET", "USER_DISABLED")) {
            assertThat(securityLog.list).as(event).anySatisfy(line -> assertThat(line.getFormattedMessage())
                    .contains("\"event\":\"" + event + "\"")
                    .contains("\"user\":\"" + user.getUsername() + "\"")
                    .contains("\"by\":\"" + TestUsers.DIRECTORATE + "\""));
        }
        for (String action : List.of("USER_CHANGED", "USER_PASSWORD_RESET", "USER_DISABLED")) {
            assertThat(jdbc.queryForList("select username from audit_event where action = ? and subject_id = ?",
                    String.class, action, String.valueOf(user.getId()))).as(action).containsExactly(TestUsers.DIRECTORATE);
        }
    }

    // --- AS3: the directorate links an account to the provider's user ---

    @Test
    void AS3_theDirectorateLinksAnAccountToTheProvidersUserAndAnIdIsLinkedOnce() throws Exception {
        AppUser first = newUser("link.");
        AppUser second = newUser("link.");
        String externalId = "medarbejder-" + UUID.randomUUID();
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        mvc.perform(get("/admin/brugere/" + first.getId()).session(directorate))
                .andExpect(content().string(containsString("/admin/brugere/" + first.getId() + "/sso")));
        mvc.perform(get("/admin/brugere/" + first.getId() + "/sso").session(directorate))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"externalId\"")));

        mvc.perform(post("/admin/brugere/" + first.getId() + "/sso").session(directorate).with(csrf())
                        .param("externalId", " " + externalId + " "))
                .andExpect(redirectedUrl("/admin/brugere/" + first.getId()));
        assertThat(jdbc.queryForObject("select external_id from app_user where id = ?", String.class, first.getId()))
                .isEqualTo(externalId);
        assertThat(jdbc.queryForList("select username from audit_event where action = 'USER_SSO_LINKED' and subject_id = ?",
                String.class, String.valueOf(first.getId()))).containsExactly(TestUsers.DIRECTORATE);

        mvc.perform(post("/admin/brugere/" + second.getId() + "/sso").session(directorate).with(csrf())
                        .param("externalId", externalId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"externalId-error\"")))
                .andExpect(content().string(containsString("allerede knyttet til en anden bruger")))
                .andExpect(content().string(containsString("value=\"" + externalId + "\"")));
        assertThat(jdbc.queryForList("select external_id from app_user where id = ? and external_id is not null",
                String.class, second.getId())).isEmpty();
    }

    /** The change-password form posted in the session: the current password, and the new one typed twice. */
    private static MockHttpServletRequestBuilder passwordChange(MockHttpSession session, String current, String chosen) {
        return post("/konto/adgangskode").session(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", chosen).param("repeatedPassword", chosen);
    }

    private int changes(long userId) {
        Integer count = jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and subject_id = ?",
                Integer.class, String.valueOf(userId));
        return count == null ? 0 : count;
    }
}
