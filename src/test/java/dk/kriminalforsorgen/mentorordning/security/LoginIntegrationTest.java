package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;

@DemoDataTest
class LoginIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousRequestGoesToTheDanishLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"da\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log på")));
    }

    @Test
    void everyDemoUserCanLogInAndIsAudited() throws Exception {
        for (String user : new String[] {DemoUsers.CASEWORKER, DemoUsers.CASEWORKER_SOUTH, DemoUsers.COORDINATOR,
                DemoUsers.DIRECTORATE, DemoUsers.MENTOR}) {
            Integer before = successes(user);
            mvc.perform(formLogin().user(user).password(DemoUsers.PASSWORD))
                    .andExpect(authenticated().withUsername(user))
                    .andExpect(redirectedUrl("/"));
            assertThat(successes(user)).isEqualTo(before + 1);
        }
    }

    @Test
    void AS4_wrongPasswordIsRefusedAndAudited() throws Exception {
        Integer before = failures(DemoUsers.CASEWORKER_SOUTH);
        mvc.perform(formLogin().user(DemoUsers.CASEWORKER_SOUTH).password("forkert-adgangskode-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?fejl"));
        assertThat(failures(DemoUsers.CASEWORKER_SOUTH)).isEqualTo(before + 1);
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
