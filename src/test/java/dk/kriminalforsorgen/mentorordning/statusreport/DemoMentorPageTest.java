package dk.kriminalforsorgen.mentorordning.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;
import dk.kriminalforsorgen.mentorordning.support.LoginSessions;

/** DOMAIN §8: a newcomer who logs in as the demo mentor sees their own active course at work. */
@DemoDataTest
class DemoMentorPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoMentorSeesTheirActiveCourseWithTheClientsFirstNameOnly() throws Exception {
        String page = mvc.perform(get("/mine-forloeb").session(new LoginSessions(mvc).of(DemoUsers.MENTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ida").doesNotContain("Jensen").doesNotContain("300694");
    }
}
