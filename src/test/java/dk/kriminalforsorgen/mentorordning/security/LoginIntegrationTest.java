package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** Log-in with the test users of every role (the demo users' log-in is checked by DemoCasesTest). */
class LoginIntegrationTest extends IntegrationTestBase {

    @Autowired
    UserAdministration administration;

    @Test
    void anonymousRequestGoesToTheDanishLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"da\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log på")));
    }

    @Test
    void aUserOfEveryRoleCanLogInAndIsAudited() throws Exception {
        for (String user : new String[] {TestUsers.CASEWORKER, TestUsers.CASEWORKER_SOUTH, TestUsers.COORDINATOR,
                TestUsers.DIRECTORATE, TestUsers.MENTOR}) {
            Integer before = successes(user);
            mvc.perform(formLogin().user(user).password(TestUsers.PASSWORD))
                    .andExpect(authenticated().withUsername(user))
                    .andExpect(redirectedUrl("/"));
            assertThat(successes(user)).isEqualTo(before + 1);
        }
    }

    @Test
    void AS4_wrongPasswordIsRefusedAndAudited() throws Exception {
        // A user of its own, so the failed attempt counts towards no shared test user's lock-out (AS4).
        String user = "as4-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(user, TestUsers.PASSWORD, new Assignment("Forkert Kode", Role.CASEWORKER,
                TestUsers.SYDDANMARK, TestUsers.KIF_ODENSE, false));
        mvc.perform(formLogin().user(user).password("forkert-adgangskode-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?fejl"));
        assertThat(failures(user)).isEqualTo(1);
    }

    private Integer successes(String user) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and username = ?",
                Integer.class, user);
    }

    private Integer failures(String user) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and username = ?",
                Integer.class, user);
    }
}
