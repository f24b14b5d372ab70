package dk.kriminalforsorgen.mentorordning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.course.DemoCourses;
import dk.kriminalforsorgen.mentorordning.security.DemoUsers;

/**
 * Issue 16: the main pages of every role pass axe (WCAG 2.1 AA) on a laptop (1366 px) and on a phone or at
 * 400 % zoom (320 px, WCAG 1.4.10), without sideways scrolling of the page at 320 px and without jumps in
 * the heading levels (defect 11).
 */
class ResponsiveAccessibilityJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 320})
    void caseworkersMainPages(int width) {
        page.setViewportSize(width, 900);
        login(DemoUsers.CASEWORKER);
        long course = courseOf(DemoCourses.OVERDUE_CLIENT);
        long client = clientOf(DemoCourses.OVERDUE_CLIENT);
        check(width, "/", "/klienter", "/klienter/ny", "/klienter/" + client, "/forloeb", "/forloeb/" + course,
                "/forloeb/" + course + "/handleplan", "/forloeb/" + course + "/opfoelgning",
                "/forloeb/" + course + "/rapporter", "/mentorer", "/tilgaengelighed");
        // issue 17: the course journal with the demo entries (a correction among them) and its correction form
        long journal = demoMentorsCourse();
        long entry = jdbc.queryForObject("select min(id) from journal_entry where course_id = ? and kind = 'PHONE_CALL'",
                Long.class, journal);
        check(width, "/forloeb/" + journal, "/forloeb/" + journal + "/journal", "/forloeb/" + journal + "/journal/" + entry + "/ret");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 320})
    void coordinatorsAndDirectoratesMainPages(int width) {
        page.setViewportSize(width, 900);
        login(DemoUsers.COORDINATOR);
        check(width, "/", "/mentorer/kapacitet", "/forloeb");
        page.context().clearCookies();
        login(DemoUsers.DIRECTORATE);
        check(width, "/", "/godkendelser", "/admin/revision?subjectType=COURSE");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1366, 320})
    void mentorsMainPages(int width) {
        page.setViewportSize(width, 900);
        login(DemoUsers.MENTOR);
        long course = demoMentorsCourse();
        check(width, "/", "/mine-forloeb", "/mine-forloeb/" + course, "/mine-forloeb/" + course + "/journal");
    }

    /** The demo mentor's active course, which has the demo journal entries (DemoJournal). */
    private long demoMentorsCourse() {
        return jdbc.queryForObject("select course_id from journal_entry group by course_id order by count(*) desc limit 1",
                Long.class);
    }

    /** The innermost elements that reach past the viewport's right edge (outside scroll regions), for the failure message. */
    private static final String WIDEST = """
            () => [...document.querySelectorAll('main *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                        && !e.closest('[role=region]') && ![...e.children].some(c => c.getBoundingClientRect().right
                               > document.documentElement.clientWidth + 1))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width) + 'px "' + (e.textContent || '').trim().slice(0, 40) + '" in ' + e.parentElement.tagName.toLowerCase() + '.' + e.parentElement.className)
                .join(', ')
            """;

    private void check(int width, String... paths) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            open(path);
            assertThat(page.url()).as(path).doesNotContain("/login");
            assertAccessible();
            if (page.content().contains("??")) {
                problems.add(path + " shows a missing message key (??…??)");
            }
            if (width <= 320) {
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (((Number) overflow).intValue() > 1) {
                    problems.add(path + " scrolls sideways by " + overflow + " px: " + page.evaluate(WIDEST));
                }
            }
            Object jumps = page.evaluate("() => { const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]"
                    + ".map(h => +h.tagName[1]); const out = []; for (let i = 1; i < levels.length; i++) {"
                    + " if (levels[i] > levels[i - 1] + 1) out.push('h' + levels[i - 1] + ' -> h' + levels[i]); } return out; }");
            if (!((List<?>) jumps).isEmpty()) {
                problems.add(path + " heading jumps " + jumps);
            }
        }
        assertThat(problems).isEmpty();
    }

    private long courseOf(String clientName) {
        String[] parts = clientName.split(" ", 2);
        return jdbc.queryForObject("""
                select k.id from mentor_course k join client c on c.id = k.client_id
                where c.first_name = ? and c.last_name = ? order by k.id desc limit 1""", Long.class, parts[0], parts[1]);
    }

    private long clientOf(String clientName) {
        String[] parts = clientName.split(" ", 2);
        return jdbc.queryForObject("select id from client where first_name = ? and last_name = ? order by id limit 1",
                Long.class, parts[0], parts[1]);
    }
}
