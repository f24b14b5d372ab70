package dk.kriminalforsorgen.mentorordning.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.ProductionApplication;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AV1: a second instance of the application on the same database serves a session that the first instance created
 * (sessions live in PostgreSQL), and ending the session on one instance ends it on the other. The full check with a
 * load balancer and a killed instance under load is {@code bench/two-instances.sh}.
 */
@IntegrationTest
class TwoInstancesTest {

    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration users;

    @BeforeAll
    static void startSecondInstance() {
        TestDatabase database = TestDatabase.shared();
        second = ProductionApplication.start(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.runtime().username(),
                "--spring.datasource.password=" + database.runtime().password(),
                "--spring.flyway.user=" + database.owner().username(),
                "--spring.flyway.password=" + database.owner().password(),
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void AV1_AS7_aSessionMadeOnOneInstanceIsServedByTheOther_andDisablingTheUserOnOneEndsItOnBoth() throws Exception {
        String username = "to.instanser." + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = users.create(username, TestUsers.PASSWORD,
                new Assignment("To Instanser", Role.CASEWORKER, TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false));
        RealHttp first = new RealHttp(port);
        first.login(username, TestUsers.PASSWORD);
        String cookie = first.sessionId().orElseThrow();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username)).as("the session is in PostgreSQL").isOne();

        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        assertThat(startPage(secondPort, cookie).statusCode()).as("the other instance knows the user").isEqualTo(200);

        users.setEnabled(user.getId(), false);   // on the first instance (this test's context)
        HttpResponse<String> after = startPage(secondPort, cookie);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).get().asString().contains("/login");
    }

    private static HttpResponse<String> startPage(int port, String cookie) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Cookie", "MENTORSESSION=" + cookie).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
