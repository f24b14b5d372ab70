package dk.kriminalforsorgen.mentorordning.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/** AZ5: the directorate records its purpose for the client before it reads a course's status reports. */
class DirectorateReportPurposeTest extends IntegrationTestBase {

    private Reports world;
    private Reports.Course course;

    @BeforeEach
    void setUp() {
        world = new Reports(context);
        course = world.activeCourse(2, TestUsers.CASEWORKER);
    }

    @Test
    void AZ5_directorateIsSentToThePurposeFormBeforeACoursesReports() throws Exception {
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        String purposeForm = "/klienter/" + course.clientId() + "/formaal";
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter").session(directorate))
                .andExpect(redirectedUrl(purposeForm));
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter/123456").session(directorate))
                .andExpect(redirectedUrl(purposeForm));
    }

    @Test
    void AZ5_directorateReadsTheReportsOnceItsPurposeIsRecorded() throws Exception {
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        mvc.perform(post("/klienter/" + course.clientId() + "/formaal").session(directorate).with(csrf())
                .param("purpose", "Tilsyn med rapporteringen i området")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/forloeb/" + course.id() + "/rapporter").session(directorate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).isNotEmpty();
    }

    @Test
    void AZ5_theAreasCaseworkerNeedsNoPurpose() throws Exception {
        mvc.perform(get("/forloeb/" + course.id() + "/rapporter").session(sessions.fresh(TestUsers.CASEWORKER)))
                .andExpect(status().isOk());
    }
}
