package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.SqlStatementCounter;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 10: the session stays in PostgreSQL (AV1, the other instance: {@code TwoInstancesTest}), but a page reads it
 * once and rewrites it only when it changed or its stored last access is old; static resources do not touch it. The
 * idle timeout (AS6) still ends a session.
 */
class SessionStorageTest extends IntegrationTestBase {

    @LocalServerPort
    int port;

    /**
     * Two tabs opened at once after signing in: each request of the same new session stores the attributes it did not
     * find when it read the session (the CSRF token, the log-in time). They must not collide on the attribute table's
     * key (they did: HTTP 500 from {@code spring_session_attributes_pk}).
     */
    @Test
    void AV1_concurrentFirstRequestsOfOneSessionAllSucceed() throws Exception {
        RealHttp http = new RealHttp(port);
        assertThat(http.login(TestUsers.CASEWORKER, TestUsers.passwordOf(TestUsers.CASEWORKER)).statusCode()).isEqualTo(302);
        int tabs = 16;
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.get("/");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as("every tab gets its start page").isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/").body()).contains("name=\"_csrf\"");
    }

    @Test
    void aPageReadsItsSessionOnceAndDoesNotRewriteAnUnchangedSession() throws Exception {
        MockHttpSession session = sessions.fresh(TestUsers.CASEWORKER);
        mvc.perform(get("/notifikationer").session(session)).andExpect(status().isOk()); // the first page stores the log-in time

        List<String> statements = sessionStatements(() -> mvc.perform(get("/notifikationer").session(session))
                .andExpect(status().isOk()));

        assertThat(statements).as("one read of the session, no write").hasSize(1)
                .allMatch(sql -> sql.stripLeading().toUpperCase().startsWith("SELECT"));
    }

    @Test
    void aSessionWhoseStoredLastAccessIsOldIsRewritten() throws Exception {
        MockHttpSession session = sessions.fresh(TestUsers.CASEWORKER);
        mvc.perform(get("/notifikationer").session(session)).andExpect(status().isOk());
        String id = sessionId(session);
        long stored = backdate(id, SessionStorage.TOUCH_INTERVAL.toMillis() + 1_000);

        List<String> statements = sessionStatements(() -> mvc.perform(get("/notifikationer").session(session))
                .andExpect(status().isOk()));

        assertThat(statements).anyMatch(sql -> sql.toUpperCase().contains("UPDATE SPRING_SESSION"));
        assertThat(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id))
                .isGreaterThan(stored);
    }

    @Test
    void AS6_anIdleSessionStillEnds() throws Exception {
        MockHttpSession session = sessions.fresh(TestUsers.CASEWORKER);
        mvc.perform(get("/notifikationer").session(session)).andExpect(status().isOk());
        backdate(sessionId(session), 16 * 60 * 1000);

        mvc.perform(get("/notifikationer").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aStaticResourceDoesNotTouchTheSessionAndKeepsTheSecurityHeaders() throws Exception {
        MockHttpSession session = sessions.fresh(TestUsers.CASEWORKER);
        mvc.perform(get("/notifikationer").session(session)).andExpect(status().isOk());

        List<String> statements = SqlStatementCounter.statements(() -> mvc.perform(get("/css/app.css").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin")));

        assertThat(statements).isEmpty();
    }

    @Test
    void AS6_thePageWarnsBeforeTheEarliestIdleEnd() {
        assertThat(SessionStorage.idleSecondsToWarnFrom(900)).isEqualTo(900 - (int) SessionStorage.TOUCH_INTERVAL.toSeconds());
    }

    private List<String> sessionStatements(java.util.concurrent.Callable<?> request) throws Exception {
        return SqlStatementCounter.statements(request).stream()
                .filter(sql -> sql.toUpperCase().contains("SPRING_SESSION")).toList();
    }

    /** The id of the stored session this MockMvc session stands for (see MockMvcSessionBridge). */
    private static String sessionId(MockHttpSession session) {
        return (String) session.getAttribute("dk.kriminalforsorgen.mentorordning.support.MockMvcSessionBridge.id");
    }

    /** Moves the stored last access of the session back by {@code millis}; returns the new stored value. */
    private long backdate(String id, long millis) {
        jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
                + "where session_id = ?", millis, millis, id);
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }
}
