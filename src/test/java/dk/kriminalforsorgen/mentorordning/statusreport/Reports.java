package dk.kriminalforsorgen.mentorordning.statusreport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Test data for status reports, named by state, unique per call so tests never share a course and
 * never need cleaning up: each course has its own client, its own mentor (a fresh user of role MENTOR
 * linked to a mentor record) and, unless a test names one, its own responsible caseworker of
 * Hovedstaden. The course has an action plan of two goals and a kick-off meeting.
 * <p>
 * The users are created through the user administration. The client, mentor, course, plan and meeting
 * rows belong to other modules whose use cases are being reshaped, so they are inserted in SQL here
 * (the status-report module itself only reads them through their published views); the reports are
 * written through the module's own pages ({@link #monthly}).
 */
public final class Reports {

    /** The password of every user made here. */
    public static final String PASSWORD = TestUsers.PASSWORD;

    /** A course and the people on it; {@code mentorUser} and {@code responsibleUser} are user names. */
    public record Course(long id, long clientId, String firstName, String lastName, long mentorId, long areaId,
                         String mentorUser, String responsibleUser, LocalDate start, LocalDate kickOff) {
    }

    private static final Random NAMES = new Random(20260517); // seeded: the same names every run
    private static int users;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CprProtector cprs;
    private final UserAdministration administration;

    /** The factory on the test's application context (as {@code Clients} and the other factories take it). */
    public Reports(ApplicationContext context) {
        this(context.getBean(JdbcTemplate.class), context.getBean(Clock.class), context.getBean(CprProtector.class),
                context.getBean(UserAdministration.class));
    }

    public Reports(JdbcTemplate jdbc, Clock clock, CprProtector cprs, UserAdministration administration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cprs = cprs;
        this.administration = administration;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An active course that started {@code monthsAgo} months before today, with a fresh responsible caseworker. */
    public Course activeCourse(int monthsAgo) {
        return activeCourse(today().minusMonths(monthsAgo), newCaseworker());
    }

    /** An active course of Hovedstaden started {@code monthsAgo} months ago, {@code responsible} being an existing user. */
    public Course activeCourse(int monthsAgo, String responsible) {
        return activeCourse(today().minusMonths(monthsAgo), responsible);
    }

    /** An active course that started on {@code start}, kick-off three days later (never after today). */
    public Course activeCourse(LocalDate start, String responsible) {
        LocalDate kickOff = start.plusDays(3).isAfter(today()) ? today() : start.plusDays(3);
        return activeCourse(start, kickOff, responsible);
    }

    /** An active course that started on {@code start} and held its kick-off on {@code kickOff} (null: none yet). */
    public Course activeCourse(LocalDate start, LocalDate kickOff, String responsible) {
        String mentorUser = newUser("rapport.mentor", new Assignment("Karim " + letters(), Role.MENTOR, null, null, false));
        long mentorUserId = userId(mentorUser);
        long responsibleId = userId(responsible);
        long areaId = jdbc.queryForObject("select area_id from app_user where id = ?", Long.class, responsibleId);
        long unitId = jdbc.queryForObject("select min(id) from unit where area_id = ?", Long.class, areaId);
        Timestamp now = Timestamp.from(Instant.now(clock));
        long mentorId = jdbc.queryForObject("""
                insert into mentor (first_name, last_name, birth_date, home_area_id, speaks_danish, status,
                                    status_changed_at, user_id, created_at, created_by, hours_per_week)
                values ('Karim', ?, date '1975-05-05', ?, true, 'RETIRED', ?, ?, ?, 'test', 10)
                returning id
                """, Long.class, "Mentorsen" + letters(), areaId, now, mentorUserId, now);
        // retired, so the registry's searches and matching (tested elsewhere) never list it as a candidate
        String first = "Ahmad" + letters();
        String last = "Hemmeligsen" + letters();
        Cpr cpr = Cpr.validate(TestCprNumbers.next()).cpr();
        long clientId = jdbc.queryForObject("""
                insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, custody_status, status_since,
                                    unit_id, current_risk_level, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'UNDER_SUPERVISION', ?, ?, 'HIGH', ?, ?) returning id
                """, Long.class, areaId, first, last, cprs.encrypt(cpr), cprs.lookupHash(cpr),
                Date.valueOf(start.minusMonths(1)), unitId, now, now);
        String responsibleName = jdbc.queryForObject("select display_name from app_user where id = ?", String.class,
                responsibleId);
        long courseId = jdbc.queryForObject("""
                insert into mentor_course (client_id, area_id, state, planned_start, proposal, proposal_recorded_on, mentor_id,
                                           agreed_hours, responsible_user_id, responsible_name, start_date, established_at,
                                           established_by, established_by_name, created_at, created_by, created_by_name,
                                           updated_at)
                values (?, ?, 'ACTIVE', ?, 'NONE', ?, ?, 4, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, clientId, areaId, Date.valueOf(start), Date.valueOf(start), mentorId, responsibleId,
                responsibleName, Date.valueOf(start), now, responsibleId, responsibleName, now, responsibleId,
                responsibleName, now);
        long planId = jdbc.queryForObject("""
                insert into action_plan (course_id, current_number, created_at, updated_at) values (?, 1, ?, ?) returning id
                """, Long.class, courseId, now, now);
        long versionId = jdbc.queryForObject("""
                insert into action_plan_version (plan_id, number, need_description, created_at, created_by_name)
                values (?, 1, 'Brug for struktur og netværk', ?, 'Test') returning id
                """, Long.class, planId, now);
        jdbc.update("insert into action_plan_goal (version_id, position, need_area, description) values (?, 1, ?, ?), (?, 2, ?, ?)",
                versionId, "EDUCATION_EMPLOYMENT", "Finde et fritidsjob", versionId, "COMPANIONS", "Nyt netværk i en idrætsklub");
        if (kickOff != null) {
            jdbc.update("""
                    insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                    values (?, 'KICK_OFF', ?, 'Klient, mentor, sagsbehandler', 'Ugentlige møder', ?, 'Test')
                    """, courseId, Date.valueOf(kickOff), now);
        }
        return new Course(courseId, clientId, first, last, mentorId, areaId, mentorUser, responsible, start, kickOff);
    }

    /**
     * The course ends on {@code endedOn} (C12), as the course feature records it: state, reason, date and who.
     * In SQL like the rest of the course here (the ending's own pages are the course feature's to test).
     */
    public void endCourse(Course course, LocalDate endedOn) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                update mentor_course set state = 'ENDED', end_reason = 'BY_AGREEMENT', ended_on = ?, ended_at = ?,
                       ended_by_name = 'Test', updated_at = ?, version = version + 1
                where id = ?
                """, Date.valueOf(endedOn), now, now, course.id());
    }

    /** The course of another mentor, for the same responsible person (a mentor's 404 tests). */
    public Course otherCourse(Course course, int monthsAgo) {
        return activeCourse(today().minusMonths(monthsAgo), course.responsibleUser());
    }

    /** A fresh caseworker of Hovedstaden (KiF København Nord), so their start page shows only their courses. */
    public String newCaseworker() {
        return newUser("rapport.sagsbehandler", new Assignment("Sara " + letters(), Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, true));
    }

    public long reportCount(long courseId) {
        return jdbc.queryForObject("select count(*) from status_report where course_id = ?", Long.class, courseId);
    }

    public long reportId(long courseId, YearMonth month) {
        return jdbc.queryForObject("select id from status_report where course_id = ? and kind = 'MONTHLY' and period_start = ?",
                Long.class, courseId, Date.valueOf(month.atDay(1)));
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /**
     * A complete monthly report posted to {@code path} (the mentor's form or the telephone form);
     * {@code overrides} are name/value pairs that replace or add fields.
     */
    public static MockHttpServletRequestBuilder monthly(String path, YearMonth month, String action,
                                                        String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "MONTHLY");
        fields.put("period", month.toString());
        fields.put("contactsCount", "4");
        fields.put("contactsNote", "Vi mødtes hver tirsdag");
        fields.put("goalProgress[0]", "Har søgt to job");
        fields.put("goalProgress[1]", "Startet til fodbold");
        fields.put("taskWork[0]", "Hjælp med budget");
        fields.put("hoursSpent", "16");
        fields.put("nextSteps", "Jobsamtale");
        if (action != null) {
            fields.put("handling", action);
        }
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /**
     * The mentor's way to submit (S2): the filled-in form goes on to check the answers (it must then be
     * complete), and the check page's "Indsend" submits the draft. Returns the report's id.
     * {@code form} is the form's post (e.g. {@link #monthly} with action "tjek").
     */
    public long submitAsMentor(MockMvc mvc, MockHttpSession mentor, MockHttpServletRequestBuilder form) throws Exception {
        String check = mvc.perform(form.session(mentor)).andReturn().getResponse().getRedirectedUrl();
        if (check == null || !check.endsWith("/tjek")) {
            throw new AssertionError("the form did not go on to the check page: " + check);
        }
        long id = Long.parseLong(check.replaceAll(".*/rapporter/(\\d+)/tjek$", "$1"));
        long version = jdbc.queryForObject("select version from status_report where id = ?", Long.class, id);
        String receipt = mvc.perform(post(check.replace("/tjek", "/indsend")).with(csrf())
                .param("version", String.valueOf(version)).session(mentor)).andReturn().getResponse().getRedirectedUrl();
        if (receipt == null || !receipt.endsWith("/kvittering")) {
            throw new AssertionError("the check page's submit did not lead to the receipt: " + receipt);
        }
        return id;
    }

    private String newUser(String prefix, Assignment assignment) {
        String username;
        synchronized (Reports.class) {
            do {
                username = prefix + "." + (++users) + letters();
            } while (!jdbc.queryForList("select id from app_user where username = ?", Long.class, username).isEmpty());
        }
        administration.create(username, PASSWORD, assignment);
        return username;
    }

    /** Six lower-case letters from a seeded generator: names unique within a run, with no digits in them. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        synchronized (NAMES) {
            for (int i = 0; i < 6; i++) {
                letters.append((char) ('a' + NAMES.nextInt(26)));
            }
        }
        return letters.toString();
    }
}
