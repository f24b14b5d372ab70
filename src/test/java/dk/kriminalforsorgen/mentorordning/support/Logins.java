package dk.kriminalforsorgen.mentorordning.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Signed-in sessions for MockMvc. Our principal is {@code CurrentUser}, built by the real log-in, so
 * tests log in through the log-in form (throttling, session registry and all) and reuse the session.
 */
public final class Logins {

    private Logins() {
    }

    /** Logs a demo user in with the demo password. */
    public static MockHttpSession logIn(MockMvc mvc, String username) {
        return logIn(mvc, username, DemoUsers.PASSWORD);
    }

    public static MockHttpSession logIn(MockMvc mvc, String username, String password) {
        try {
            MvcResult result = mvc.perform(formLogin().user(username).password(password))
                    .andExpect(authenticated().withUsername(username))
                    .andReturn();
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException("Log-in of " + username + " failed", e);
        }
    }

    /** Whether a log-in with these credentials succeeds (without keeping the session). */
    public static boolean canLogIn(MockMvc mvc, String username, String password) {
        try {
            MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
            return "/".equals(result.getResponse().getRedirectedUrl());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
