package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

import dk.kriminalforsorgen.mentorordning.support.CuttableTcpProxy;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AV1: the database goes away under the running application (a restart), and comes back. Requests get
 * the Danish 503 page promptly, readiness goes down so a load balancer stops sending traffic, and both
 * recover by themselves. The application reaches the test run's real PostgreSQL through a TCP proxy
 * that the test cuts, so the shared server that other test runs use is never stopped. Its own context
 * (the data source URL differs), so it does not share the cached {@code @IntegrationTest} context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({DatabaseRestartTest.ProxiedDatabase.class, TestUsers.class})
class DatabaseRestartTest {

    static final CuttableTcpProxy PROXY;

    static {
        URI database = URI.create(TestDatabase.shared().url().substring("jdbc:".length()));
        PROXY = new CuttableTcpProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProxiedDatabase {
        @Bean
        DynamicPropertyRegistrar proxiedDatabaseProperties() {
            return registry -> {
                TestDatabase database = TestDatabase.shared();
                String url = database.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + PROXY.port() + "/");
                registry.add("spring.datasource.url", () -> url);
                registry.add("spring.datasource.username", () -> database.runtime().username());
                registry.add("spring.datasource.password", () -> database.runtime().password());
                registry.add("spring.flyway.user", () -> database.owner().username());
                registry.add("spring.flyway.password", () -> database.owner().password());
            };
        }
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void AV1_databaseRestartGivesPrompt503sAndReadinessDownThenBothRecoverByThemselves() throws Exception {
        RealHttp caseworker = new RealHttp(port);
        caseworker.login(TestUsers.CASEWORKER, TestUsers.PASSWORD);
        assertThat(caseworker.get("/klienter").statusCode()).isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);

        PROXY.cut();
        try {
            long started = System.nanoTime();
            BoundedWaitsTest.assertPromptDanish503(caseworker.get("/klienter"), started);
            started = System.nanoTime();
            BoundedWaitsTest.assertPromptDanish503(caseworker.get("/klienter"), started);
            assertThat(readiness()).as("readiness is down while the database is").isEqualTo(503);
            // sessions live in PostgreSQL (Spring Session JDBC), so even the log-in form (its CSRF token needs a
            // session) is a Danish 503 while the database is away, never 'wrong password' or a 500. It tries the
            // session store more than once (the page, then the error page), so it is bounded, not as prompt.
            started = System.nanoTime();
            HttpResponse<String> loginPage = new RealHttp(port).get("/login");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(loginPage.statusCode()).isEqualTo(503);
            assertThat(loginPage.body()).contains("Systemet er midlertidigt utilgængeligt");
            assertThat(new RealHttp(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            PROXY.restore();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (readiness() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(readiness()).as("readiness is up again by itself").isEqualTo(200);
        assertThat(caseworker.get("/klienter").statusCode()).isEqualTo(200);
    }

    private int readiness() throws Exception {
        HttpResponse<String> response = new RealHttp(port).get("/actuator/health/readiness");
        return response.statusCode();
    }
}
