package dk.kriminalforsorgen.mentorordning.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;
import jakarta.servlet.RequestDispatcher;

/** WS4: the one error page shows the Danish texts of each status, never an exception. */
class ErrorPagesTest extends IntegrationTestBase {

    private LoginSessions sessions() {
        return new LoginSessions(mvc);
    }

    @ParameterizedTest
    @CsvSource({
            "400, Forespørgslen kunne ikke behandles",
            "403, Du har ikke adgang",
            "404, Siden findes ikke",
            "405, Siden findes ikke",
            "409, Oplysningerne er blevet ændret",
            "413, Forespørgslen kunne ikke behandles",
            "500, Der opstod en fejl",
            "503, Systemet er midlertidigt utilgængeligt"})
    void WS4_eachStatusShowsItsDanishPage(int code, String title) throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                        .session(sessions().of(TestUsers.CASEWORKER)))
                .andExpect(status().is(code))
                .andExpect(content().string(Matchers.containsString("<h1>" + title + "</h1>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }
}
