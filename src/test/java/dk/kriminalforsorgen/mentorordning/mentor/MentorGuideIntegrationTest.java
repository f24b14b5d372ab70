package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;

import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.SignedIn;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 17: the mentor guide. Only the directorate edits it (403 for everyone else, at the route and in the
 * service); each save is a new version with its author and time; a save from an older version is refused (CI1);
 * the mentor reads the newest, with any HTML shown as text (IN4).
 */
class MentorGuideIntegrationTest extends IntegrationTestBase {

    @Autowired
    MentorGuides guides;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 10, 5));
    }

    private Integer newest() {
        return jdbc.queryForObject("select max(number) from mentor_guide_version", Integer.class);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void AU1_eachSaveIsANewVersionWithAuthorAndTime_andTheMentorReadsTheNewest() throws Exception {
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        Integer before = newest();
        mvc.perform(post("/mentorguide").with(csrf()).session(directorate)
                        .param("basedOn", before == null ? "" : before.toString())
                        .param("body", "# Velkommen\nFørste udgave af guiden."))
                .andExpect(redirectedUrl("/mentorguide"));
        int first = newest();
        mvc.perform(post("/mentorguide").with(csrf()).session(directorate).param("basedOn", String.valueOf(first))
                        .param("body", "# Velkommen\nAnden udgave <script>alert('x')</script>\n- Ring ved bekymring"))
                .andExpect(redirectedUrl("/mentorguide"));
        int second = newest();
        assertThat(second).isEqualTo(first + 1);
        assertThat(jdbc.queryForObject("select created_by_name from mentor_guide_version where number = ?",
                String.class, second)).isNotBlank();
        assertThat(jdbc.queryForObject("select body from mentor_guide_version where number = ?", String.class, first))
                .contains("Første udgave");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MENTOR_GUIDE_SAVED' "
                + "and subject_id = ?", Long.class, String.valueOf(second))).isOne();

        String editor = page(directorate, "/mentorguide");
        assertThat(editor).contains("Version " + second + ", gemt 5. oktober 2026").contains("/mentorguide/versioner/" + first);
        assertThat(page(directorate, "/mentorguide/versioner/" + first)).contains("Første udgave af guiden");

        String mentorPage = page(sessions.of(TestUsers.MENTOR), "/mine-forloeb/guide");
        assertThat(mentorPage).contains("Anden udgave").doesNotContain("Første udgave")
                .contains("&lt;script&gt;").doesNotContain("<script>alert")
                .contains("<li>Ring ved bekymring</li>").contains("Version " + second + " fra 5. oktober 2026")
                .contains("data-testid=\"mentor-duties\"").contains("§8 stk. 2").contains("§17 stk. 1 nr. 1");
    }

    @Test
    void CI1_aSaveFromAnOlderVersionIsRefusedAndTheTextKept() throws Exception {
        MockHttpSession directorate = sessions.of(TestUsers.DIRECTORATE);
        Integer before = newest();
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.DIRECTORATE))) {
            guides.save(before, "Ny udgave fra en anden fane");
        }
        String refused = mvc.perform(post("/mentorguide").with(csrf()).session(directorate)
                        .param("basedOn", before == null ? "" : before.toString()).param("body", "Min ændring"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused)).contains("error-summary")
                .contains("En anden har gemt ændringer").contains("Min ændring");
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.DIRECTORATE))) {
            assertThatThrownBy(() -> guides.save(before, "Igen")).isInstanceOf(StaleEditException.class);
        }
    }

    @Test
    void AZ1_onlyTheDirectorateEditsTheGuide() throws Exception {
        for (String user : new String[] {TestUsers.CASEWORKER, TestUsers.COORDINATOR, TestUsers.MENTOR}) {
            mvc.perform(get("/mentorguide").session(sessions.of(user))).andExpect(status().isForbidden());
            mvc.perform(post("/mentorguide").with(csrf()).session(sessions.of(user)).param("body", "Hacket"))
                    .andExpect(status().isForbidden());
        }
        try (SignedIn ignored = SignedIn.as(sessions.fresh(TestUsers.COORDINATOR))) {
            assertThatThrownBy(() -> guides.save(newest(), "Hacket")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from mentor_guide_version where body like 'Hacket%'",
                Long.class)).isZero();
        // and the directorate does not read the mentor's own pages
        mvc.perform(get("/mine-forloeb/guide").session(sessions.of(TestUsers.DIRECTORATE))).andExpect(status().isForbidden());
    }
}
