package dk.kriminalforsorgen.mentorordning.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import lombok.RequiredArgsConstructor;

/**
 * Signed-in MockMvc sessions for the test users ({@link TestUsers}), made by the real log-in (our principal is
 * {@code CurrentUser}, so Spring Security's {@code user("x")} shortcut would not be realistic).
 * {@link #fresh} logs in anew; {@link #of} reuses one session per user within a test class run.
 */
@RequiredArgsConstructor
public final class LoginSessions {

    private final MockMvc mvc;
    private final Map<String, MockHttpSession> cache = new ConcurrentHashMap<>();

    /** A session of the user, logged in once and reused. */
    public MockHttpSession of(String username) {
        return cache.computeIfAbsent(username, this::fresh);
    }

    /** A new session, logged in with the user's test password. */
    public MockHttpSession fresh(String username) {
        return fresh(username, TestUsers.passwordOf(username));
    }

    public MockHttpSession fresh(String username, String password) {
        try {
            MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            if (session == null || result.getResponse().getRedirectedUrl() == null
                    || result.getResponse().getRedirectedUrl().contains("fejl")) {
                throw new IllegalStateException("Log-in failed for " + username);
            }
            return session;
        } catch (Exception e) {
            throw new IllegalStateException("Log-in failed for " + username, e);
        }
    }
}
