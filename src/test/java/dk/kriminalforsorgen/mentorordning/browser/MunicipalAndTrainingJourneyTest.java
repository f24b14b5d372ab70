package dk.kriminalforsorgen.mentorordning.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 17, tried as a new user would on the demo data: the caseworker reads and edits the municipal job plan in
 * Ida Jensen's action plan, the coordinator sees which mentors lack the introduction, the mentor reads the guide
 * and their task division, the directorate edits the guide. Every page checked with axe (WCAG 2.1 AA).
 */
class MunicipalAndTrainingJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void municipalPlanIntroductionListGuideAndTaskDivision() {
        long ida = jdbc.queryForObject("""
                select k.id from mentor_course k join client c on c.id = k.client_id
                where c.first_name = 'Ida' and c.last_name = 'Jensen' and k.state = 'ACTIVE'""", Long.class);

        login(DemoUsers.CASEWORKER);
        open("/forloeb/" + ida);
        assertThat(page.getByTestId("plan-municipal")).containsText("Jobplan");
        assertThat(page.getByTestId("plan-municipal")).containsText("Mette Fiktiv Holm");
        assertAccessible();
        open("/forloeb/" + ida + "/handleplan");
        assertThat(page.getByTestId("municipal-fields")).isVisible();
        assertAccessible();
        logout();

        login(DemoUsers.COORDINATOR);
        assertThat(page.getByTestId("panel-lacking-introduction")).containsText("Jesper Kristensen");
        assertAccessible();
        logout();

        login(DemoUsers.MENTOR);
        open("/mine-forloeb/" + ida);
        assertThat(page.getByTestId("my-tasks")).containsText("Struktur i hverdagen");
        assertThat(page.getByTestId("my-next-meeting")).isVisible();
        assertAccessible();
        open("/mine-forloeb/guide");
        assertThat(page.getByTestId("guide-body")).containsText("Velkommen som mentor");
        assertThat(page.getByTestId("mentor-duties")).containsText("tavshedspligt");
        assertAccessible();
        logout();

        login(DemoUsers.DIRECTORATE);
        open("/mentorguide");
        assertThat(page.getByTestId("guide-versions")).containsText("Version 1");
        assertAccessible();
    }
}
