package dk.kriminalforsorgen.mentorordning.course.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import dk.kriminalforsorgen.mentorordning.meeting.CalendarFiles;
import dk.kriminalforsorgen.mentorordning.course.CourseTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 12 in the browser's terms (MockMvc through the security filters): planning, moving and recording a meeting on
 * the course pages, with Danish messages at the fields, input kept and a stale edit told; another area's course is 404.
 * The personal calendar feed: a secret link answers without a session with a calendar of the user's own meetings and
 * deadlines only (parsed with ical4j); a revoked or unknown link is 404; creating and revoking are audited.
 */
class MeetingPlanPagesTest extends CourseTestBase {

    static final LocalDate DAY = LocalDate.parse("2026-09-07");

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
    }

    private MockHttpSession caseworker() {
        return sessions.of(TestUsers.CASEWORKER);
    }

    private String planPath(long course) {
        return "/forloeb/" + course + "/moeder/planlaeg";
    }

    private void plan(long course, String day, String place) throws Exception {
        mvc.perform(post(planPath(course)).session(caseworker()).with(csrf()).param("day", day).param("start", "10:00")
                        .param("end", "11:00").param("place", place).param("client", "true").param("mentor", "true")
                        .param("responsible", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/forloeb/" + course));
    }

    private long planId(long course) {
        return jdbc.queryForObject("select id from meeting_plan where course_id = ? and status = 'PLANNED'", Long.class,
                course);
    }

    @Test
    void IN1_badInputIsToldAtItsFieldsInDanishAndTheOtherInputIsKept() throws Exception {
        long course = steps.activeWithKickOff();
        String page = mvc.perform(post(planPath(course)).session(caseworker()).with(csrf())
                        .param("day", DAY.plusDays(3).toString()).param("start", "10:00").param("end", "")
                        .param("place", " ").param("otherName1", "Kommunens kontakt").param("otherEmail1", "ikke-en-adresse"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Angiv stedet.", "Angiv sluttidspunktet, fx 11:00.",
                "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.", "id=\"place-error\"", "id=\"otherEmail1-error\"");
        assertThat(page).as("input kept").contains("value=\"ikke-en-adresse\"", "value=\"Kommunens kontakt\"",
                "value=\"10:00\"");

        String refused = mvc.perform(post(planPath(course)).session(caseworker()).with(csrf())
                        .param("day", DAY.minusDays(1).toString()).param("start", "10:00").param("end", "09:00")
                        .param("place", "Biblioteket"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Et planlagt møde kan ikke ligge før i dag.",
                "Sluttidspunktet skal ligge efter starttidspunktet.", "value=\"Biblioteket\"");
        assertThat(jdbc.queryForObject("select count(*) from meeting_plan where course_id = ?", Integer.class, course))
                .isZero();
    }

    /** A time that does not convert is told at its field with the other errors, and the input is kept. */
    @Test
    void IN1_aTimeThatIsNoTimeIsToldWithTheOtherErrorsAndTheInputIsKept() throws Exception {
        long course = steps.activeWithKickOff();
        String page = mvc.perform(post(planPath(course)).session(caseworker()).with(csrf())
                        .param("day", DAY.plusDays(3).toString()).param("start", "25:99").param("end", "11:00")
                        .param("place", " ").param("otherName1", "Kommunens kontakt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Angiv stedet.", "id=\"place-error\"", "id=\"start-error\"");
        assertThat(page).as("input kept").contains("value=\"25:99\"", "value=\"Kommunens kontakt\"", "value=\"11:00\"");
        assertThat(jdbc.queryForObject("select count(*) from meeting_plan where course_id = ?", Integer.class, course))
                .isZero();
    }

    @Test
    void CI1_theCoursePageShowsThePlanAndASecondMoveOfTheSameVersionIsTold() throws Exception {
        long course = steps.activeWithKickOff();
        plan(course, DAY.plusDays(14).toString(), "KiF København Nord, lokale 3");
        String coursePage = mvc.perform(get("/forloeb/" + course).session(caseworker())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(coursePage).contains("Planlagte møder", "KiF København Nord, lokale 3", "Planlagt", "Flyt mødet");

        long plan = planId(course);
        String move = "/forloeb/" + course + "/moeder/" + plan + "/flyt";
        mvc.perform(post(move).session(caseworker()).with(csrf()).param("version", "0")
                        .param("day", DAY.plusDays(15).toString()).param("start", "12:00").param("end", "13:00")
                        .param("place", "Rådhuset").param("reason", "Mentor er syg"))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post(move).session(caseworker()).with(csrf()).param("version", "0")
                        .param("day", DAY.plusDays(16).toString()).param("start", "12:00").param("end", "13:00")
                        .param("place", "Biblioteket").param("reason", "Lokalet er optaget"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("En anden har gemt ændringer", "value=\"Biblioteket\"");
        assertThat(jdbc.queryForObject("select place from meeting_plan where id = ?", String.class, plan))
                .isEqualTo("Rådhuset");
    }

    @Test
    void C8_theOutcomePageRecordsTheReviewHeldWithWhoAttended() throws Exception {
        long course = steps.activeWithKickOff();
        plan(course, DAY.toString(), "Rådhuset");
        long plan = planId(course);
        String outcome = "/forloeb/" + course + "/moeder/" + plan + "/udfald";
        String missing = mvc.perform(post(outcome).session(caseworker()).with(csrf()).param("version", "0")
                        .param("outcome", "held").param("_present", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Vælg mindst én deltager, der deltog.", "Skriv hvad der blev aftalt.");

        mvc.perform(post(outcome).session(caseworker()).with(csrf()).param("version", "0").param("outcome", "held")
                        .param("present", "0", "1").param("agreements", "Fortsætter som aftalt"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select kind || ' ' || held_on from course_meeting where id = "
                + "(select held_meeting_id from meeting_plan where id = ?)", String.class, plan))
                .isEqualTo("REVIEW " + DAY);
    }

    @Test
    void AZ2_anotherAreasCoursesMeetingPagesAnswer404() throws Exception {
        long course = steps.activeWithKickOff();
        plan(course, DAY.plusDays(3).toString(), "Rådhuset");
        MockHttpSession south = sessions.of(TestUsers.CASEWORKER_SOUTH);
        mvc.perform(get(planPath(course)).session(south)).andExpect(status().isNotFound());
        mvc.perform(get("/forloeb/" + course + "/moeder/" + planId(course) + "/flyt").session(south))
                .andExpect(status().isNotFound());
        long otherCourse = steps.activeWithKickOff();
        // a plan of another course
        mvc.perform(get("/forloeb/" + otherCourse + "/moeder/" + planId(course) + "/aflys").session(caseworker()))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- the calendar feed

    private String createFeedLink(MockHttpSession session) throws Exception {
        MvcResult created = mvc.perform(post("/kalender/link").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = (String) created.getFlashMap().get("feedUrl");
        assertThat(url).startsWith("http://localhost:8080/kalender/feed/").endsWith(".ics");
        return url.substring("http://localhost:8080".length());
    }

    @Test
    void AZ1_theFeedLinkServesTheUsersOwnMeetingsAndDeadlinesWithoutASessionAndARevokedLinkIs404() throws Exception {
        long mine = steps.activeWithKickOff();
        long others = steps.activeWithKickOff();
        jdbc.update("update mentor_course set responsible_user_id = ? where id = ?", steps.userId(TestUsers.COORDINATOR),
                others);
        plan(mine, DAY.plusDays(10).toString(), "Rådhuset");
        plan(others, DAY.plusDays(11).toString(), "Biblioteket");
        long myPlan = planId(mine);
        long otherPlan = planId(others);

        MockHttpSession session = caseworker();
        String path = createFeedLink(session);
        assertThat(mvc.perform(get("/kalender").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Du har et kalenderlink");

        MvcResult feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String text = feed.getResponse().getContentAsString();
        Calendar calendar = CalendarFiles.parse(text);
        List<String> uids = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getUid().orElseThrow().getValue()).toList();
        assertThat(uids).contains("meeting-plan-" + myPlan + "@mentorordning.kriminalforsorgen.dk",
                "deadline-" + mine + "-REVIEW-" + DAY.plusMonths(3) + "@mentorordning.kriminalforsorgen.dk");
        assertThat(uids).as("not another user's course").doesNotContain(
                "meeting-plan-" + otherPlan + "@mentorordning.kriminalforsorgen.dk")
                .noneMatch(uid -> uid.startsWith("deadline-" + others + "-"));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getSummary().getValue()).toList()).contains("Opfølgningsmøde – mentorforløb (Test)",
                "Frist: opfølgningsmøde – mentorforløb (Test)");
        assertThat(text).as("first name only, no CPR").doesNotContainPattern("\\d{6}-?\\d{4}").doesNotContain("Klient");
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");

        mvc.perform(get("/kalender/feed/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());
        String replaced = createFeedLink(session);
        // a new link replaces the old one
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(replaced)).andExpect(status().isOk());

        mvc.perform(post("/kalender/tilbagekald").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(replaced)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'CALENDAR_FEED' and subject_id = ? "
                + "order by id", String.class, String.valueOf(steps.userId(TestUsers.CASEWORKER))))
                .containsSubsequence("CALENDAR_FEED_CREATED", "CALENDAR_FEED_CREATED", "CALENDAR_FEED_REVOKED");
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed_token where token_hash like ?", Integer.class,
                "%" + replaced.substring("/kalender/feed/".length(), replaced.length() - 4) + "%"))
                .as("the token is stored hashed only").isZero();
    }
}
