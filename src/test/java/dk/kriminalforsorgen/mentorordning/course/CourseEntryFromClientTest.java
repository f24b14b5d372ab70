package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.client.Clients;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** A caseworker starts a course from the client record: the link leads to the prepare form with the client chosen. */
class CourseEntryFromClientTest extends IntegrationTestBase {

    @Test
    void clientPageLeadsToThePrepareFormWithTheClientChosen() throws Exception {
        clock.setDate(LocalDate.of(2026, 11, 23));
        long clientId = new Clients(context).eligibleOfferDue(TestUsers.CASEWORKER, TestUsers.KIF_KOEBENHAVN_NORD,
                "Forløbsklient", "Fraklientsiden", TestCprNumbers.next());
        MockHttpSession caseworker = sessions.of(TestUsers.CASEWORKER);
        String clientPage = mvc.perform(get("/klienter/{id}", clientId).session(caseworker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clientPage).contains("href=\"/forloeb/ny?klient=" + clientId + "\"");

        String form = mvc.perform(get("/forloeb/ny").param("klient", String.valueOf(clientId)).session(caseworker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Pattern.compile("<option[^>]*value=\"" + clientId + "\"[^>]*selected").matcher(form).find()
                || Pattern.compile("<option[^>]*selected[^>]*value=\"" + clientId + "\"").matcher(form).find()
                || form.contains("name=\"clientId\" value=\"" + clientId + "\""))
                .as("the prepare form has the client chosen").isTrue();
    }
}
