package dk.kriminalforsorgen.mentorordning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/** A caseworker starts a course from the client record: the link leads to the prepare form with the client chosen. */
@DemoDataTest
class CourseEntryFromClientTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clientPageLeadsToThePrepareFormWithTheClientChosen() throws Exception {
        long clientId = jdbc.queryForObject(
                "select id from client where first_name = 'Ahmad' and last_name = 'Rahimi'", Long.class);
        MockHttpSession caseworker = new LoginSessions(mvc).of(DemoUsers.CASEWORKER);
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
