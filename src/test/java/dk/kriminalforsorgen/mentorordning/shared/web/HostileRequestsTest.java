package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MentorRegistrySteps;
import dk.kriminalforsorgen.mentorordning.support.RawHttp;
import dk.kriminalforsorgen.mentorordning.support.RealHttp;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * IN3, WS4: bad encodings, control characters and malformed URLs get the Danish 400 page with a
 * correlation id, never a 500 or Tomcat's English page. AU4: no request value can forge a log line
 * (structured JSON logging). WS2: forwarded headers only from the configured proxy (127.0.0.2 in the
 * tests), HSTS only on HTTPS, and no redirect reflects the Host header.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest extends IntegrationTestBase {

    private static final String DANISH_400 = "Forespørgslen kunne ikke behandles";

    @LocalServerPort
    int port;

    /** A caseworker signed in over real HTTP (MockMvc would never see what Tomcat refuses). */
    private RealHttp caseworker() throws Exception {
        RealHttp caseworker = new RealHttp(port);
        caseworker.login(TestUsers.CASEWORKER, TestUsers.PASSWORD);
        return caseworker;
    }

    private static void assertDanish400WithCorrelationId(HttpResponse<String> response) {
        assertDanish400WithCorrelationId(response.statusCode(), response.body(),
                response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static void assertDanish400WithCorrelationId(int status, String body, String requestId) {
        assertThat(status).isEqualTo(400);
        assertThat(body).contains(DANISH_400).contains("Fejlreference").contains(requestId)
                .doesNotContain("Apache Tomcat").doesNotContain("Exception").doesNotContain("HTTP Status");
    }

    @Test
    void IN3_invalidUtf8InAQueryParameterIsADanish400() throws Exception {
        assertDanish400WithCorrelationId(caseworker().get("/klienter?status=%ff"));
        HttpResponse<String> anonymous = new RealHttp(port).get("/login?x=%ff%fe");
        assertThat(anonymous.statusCode()).isEqualTo(400);
    }

    @Test
    void IN3_nulByteInATextFieldIsA400AndSavesNothing() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        long before = jdbc.queryForObject("select count(*) from client", Long.class);
        mvc.perform(post("/klienter/ny").session(caseworker).with(csrf())
                        .param("firstName", "Ole\u0000").param("lastName", "Nul").param("cpr", "010190-1234"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(400));
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isEqualTo(before);
    }

    @Test
    void IN3_invalidUtf8OrAnEncodedNulInAFormBodyIsADanish400() throws Exception {
        for (String body : List.of("username=%ff%fe&password=x", "username=ole%00&password=x")) {
            RawHttp.Response response = RawHttp.postForm(port, "/login", body);
            assertDanish400WithCorrelationId(response.status(), response.body(), response.header("X-Request-Id"));
        }
    }

    @Test
    void IN3_aQueryParameterSentTwiceWithDifferentValuesIsADanish400() throws Exception {
        RealHttp caseworker = caseworker();
        assertDanish400WithCorrelationId(caseworker.get("/klienter?status=INMATE&status=UNDER_SUPERVISION"));
        assertThat(caseworker.get("/forloeb?tilstand=ACTIVE&tilstand=ENDED").statusCode()).isEqualTo(400);
        assertThat(caseworker.get("/klienter?status=INMATE&status=INMATE").statusCode())
                .as("the same value twice loses nothing").isEqualTo(200);
    }

    @Test
    void IN3_aFormFieldSentTwiceWithDifferentValuesIsA400AndSavesNothing() throws Exception {
        MockHttpSession caseworker = sessions.fresh(TestUsers.CASEWORKER);
        String lastName = "Dobbeltfelt" + java.util.UUID.randomUUID().toString().substring(0, 6);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        mvc.perform(post("/klienter/ny").session(caseworker).with(csrf())
                        .param("firstName", "Dorte").param("lastName", lastName, lastName + "x")
                        .param("cpr", TestCprNumbers.next()).param("preferredLanguage", "DA")
                        .param("status", "INMATE").param("unitId", "101").param("releaseUnitId", "104")
                        .param("expectedReleaseDate", today.plusMonths(4).toString())
                        .param("statusSince", today.minusMonths(6).toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(400));
        assertThat(jdbc.queryForObject("select count(*) from client where last_name like ?", Long.class, lastName + "%"))
                .isZero();
    }

    @Test
    void IN3_aGroupOfCheckBoxesMaySendItsFieldSeveralTimes() throws Exception {
        MockHttpSession coordinator = sessions.fresh(TestUsers.COORDINATOR);
        String lastName = MentorRegistrySteps.uniqueLastName("Flervalg");
        MvcResult saved = mvc.perform(MentorRegistrySteps.newMentor(coordinator, "Frede", lastName, "1980-05-01")
                        .param("speaksDanish", "true").param("_speaksDanish", "on")
                        .param("needAreas", "EDUCATION_EMPLOYMENT", "COMPANIONS").param("_needAreas", "on")
                        .param("languages", "en", "ar").param("_languages", "on"))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).as("status %d", saved.getResponse().getStatus())
                .startsWith("/mentorer/");
        assertThat(jdbc.queryForObject("select count(*) from mentor_need_area n join mentor m on m.id = n.mentor_id "
                + "where m.last_name = ?", Long.class, lastName)).isEqualTo(2);
    }

    @Test
    void IN3_lineBreaksInATextAreaAreStillAllowed() {
        assertThat(RequestInputFilter.hasControlCharacter("første linje\r\nanden linje\tmed tab", true)).isFalse();
        assertThat(RequestInputFilter.hasControlCharacter("a\u0000b", true)).isTrue();
        assertThat(RequestInputFilter.hasControlCharacter("navn\nmed linjeskift", false)).isTrue();
    }

    @Test
    void WS4_malformedPercentEncodingInTheUrlIsADanish400FromTheWebServer() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/klienter/%zz");
        assertDanish400WithCorrelationId(response.status(), response.body(), response.header("X-Request-Id"));
    }

    @Test
    void WS4_invalidCharacterInTheRequestLineIsADanish400FromTheWebServer() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/klienter/a|b{c}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(DANISH_400).doesNotContain("Apache Tomcat");
    }

    @Test
    void WS4_encodedNulInThePathIsADanish400() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/klienter/%00");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(DANISH_400).doesNotContain("Apache Tomcat");
    }

    @Test
    void AU4_aLineBreakInARequestValueCannotForgeALogLine(CapturedOutput output) throws Exception {
        String forged = "2026-12-01T00:00:00.000Z ERROR 1 --- FORGED-ENTRY";
        RawHttp.Response response = RawHttp.get(port, "/login?a%0a" + forged.replace(" ", "%20") + "=1");
        assertThat(response.status()).isEqualTo(400);
        String log = output.getOut();
        assertThat(log).contains("FORGED-ENTRY");
        for (String line : log.split("\\R")) {
            assertThat(line).as("a log line of its own").doesNotStartWith("2026-12-01T00:00:00.000Z");
            if (line.contains("FORGED-ENTRY")) {
                assertThat(line).startsWith("{").endsWith("}").contains("\\n2026-12-01");
            }
        }
    }

    @Test
    void WS2_forwardedProtoFromAnUntrustedClientIsIgnored() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void WS2_httpsAtTheConfiguredProxyGivesHsts() throws Exception {
        RawHttp.Response response = RawHttp.getFrom("127.0.0.2", port, "/login", "X-Forwarded-Proto: https");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
        RawHttp.Response plain = RawHttp.getFrom("127.0.0.2", port, "/login");
        assertThat(plain.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
    }

    @Test
    void WS2_redirectsDoNotReflectTheHostHeader() throws Exception {
        RawHttp.Response toLogin = RawHttp.send(port, "127.0.0.1", "GET /klienter HTTP/1.1\r\nHost: evil.example");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");

        MvcResult saved = mvc.perform(get("/klienter").header("Host", "evil.example")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).doesNotContain("evil");
        MockHttpSession session = (MockHttpSession) saved.getRequest().getSession();
        MvcResult login = mvc.perform(post("/login").session(session).with(csrf()).header("Host", "evil.example")
                        .param("username", TestUsers.CASEWORKER).param("password", TestUsers.PASSWORD))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).startsWith("/klienter").doesNotContain("evil");
    }
}
