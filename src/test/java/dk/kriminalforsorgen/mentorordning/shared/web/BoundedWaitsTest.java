package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AV2: a locked table or an exhausted connection pool gives the Danish 503 page with a correlation id
 * within about a second, never a 500 or a hang. The lock is taken on the real PostgreSQL from a second
 * connection, as a long maintenance job or a stuck transaction would.
 */
@IntegrationTest
class BoundedWaitsTest {

    /** About a second of lock or pool wait, plus rendering on a busy test machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(4);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private RealHttp signedIn(String username) throws Exception {
        RealHttp http = new RealHttp(port);
        http.login(username, TestUsers.PASSWORD);
        return http;
    }

    static void assertPromptDanish503(HttpResponse<String> response, long startedNanos) {
        assertThat(Duration.ofNanos(System.nanoTime() - startedNanos)).isLessThan(PROMPTLY);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("Systemet er midlertidigt utilgængeligt")
                .contains(response.headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("Exception").doesNotContain("SQL");
    }

    @Test
    void AV2_everyConnectionHasAStatementAndALockTimeout() {
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("10s");
        assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("1s");
    }

    @Test
    void AV2_lockedAuditTableGivesA503WithinAboutASecondNotAHang() throws Exception {
        RealHttp directorate = signedIn(TestUsers.DIRECTORATE);
        try (Connection locker = lockAuditTable()) {
            long started = System.nanoTime();
            HttpResponse<String> response = directorate.get("/admin/revision");
            assertPromptDanish503(response, started);
        }
        assertThat(directorate.get("/admin/revision").statusCode()).isEqualTo(200);
    }

    @Test
    void AV2_fifteenParallelRequestsOnALockedTableAllGet503PromptlyNot500() throws Exception {
        RealHttp directorate = signedIn(TestUsers.DIRECTORATE);
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try (Connection locker = lockAuditTable()) {
            long started = System.nanoTime();
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> directorate.get("/admin/revision")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(503);
            }
            // 15 requests over a pool of 10 connections, each waiting at most the 1 s lock timeout.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPTLY.multipliedBy(2));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void AV2_exhaustedConnectionPoolGivesA503WithinAboutASecond() throws Exception {
        RealHttp directorate = signedIn(TestUsers.DIRECTORATE);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                held.add(dataSource.getConnection());
            }
            long started = System.nanoTime();
            assertPromptDanish503(directorate.get("/admin/revision"), started);
            assertThat(new RealHttp(port).get("/actuator/health/readiness").statusCode())
                    .as("AV1: readiness is down while no connection can be had").isEqualTo(503);
            assertThat(new RealHttp(port).get("/actuator/health/liveness").statusCode())
                    .as("the application itself is alive; restarting it would not help").isEqualTo(200);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(new RealHttp(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(directorate.get("/admin/revision").statusCode()).isEqualTo(200);
    }

    /** Holds an exclusive lock on the audit log in an open transaction until the connection is closed. */
    private static Connection lockAuditTable() throws Exception {
        TestDatabase database = TestDatabase.shared();
        Connection locker = database.adminJdbc().getDataSource().getConnection();
        locker.setAutoCommit(false);
        try (Statement statement = locker.createStatement()) {
            statement.execute("lock table audit_event in access exclusive mode");
        }
        return locker;
    }
}
