package dk.kriminalforsorgen.mentorordning.statusreport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.security.DemoUsers;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;

/**
 * Test data for status reports on the test database: an ACTIVE course with an action plan of two
 * goals and a kick-off, whose mentor is the demo user {@code mentor} (or another mentor), named by
 * state. Each call makes a new client, so tests never share a course. Inserted in SQL because the
 * courses branch has no demo courses yet and the course use cases need a whole eligibility history.
 */
public final class ReportWorld {

    public record Course(long id, long clientId, String firstName, String lastName, long mentorId, long areaId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CprProtector cprs;
    private final List<Long> created = new java.util.ArrayList<>();

    public ReportWorld(JdbcTemplate jdbc, Clock clock, CprProtector cprs) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cprs = cprs;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An active course of the demo mentor, responsible: the demo caseworker, started {@code monthsAgo} months ago. */
    public Course activeCourseOfDemoMentor(int monthsAgo) {
        return activeCourse(demoMentorId(), DemoUsers.CASEWORKER, monthsAgo);
    }

    /** An active course of another mentor (not the demo mentor's), in the area of {@code responsible}. */
    public Course activeCourseOfOtherMentor(String responsible, int monthsAgo) {
        return activeCourse(otherMentorId(), responsible, monthsAgo);
    }

    /**
     * One mentor record, not linked to any user, shared by every test of the run; retired, so the registry's
     * searches and matching (tested elsewhere on the demo data) never list it as a candidate.
     */
    private long otherMentorId() {
        List<Long> existing = jdbc.queryForList(
                "select id from mentor where first_name = 'Rapport' and last_name = 'Testmentor' order by id", Long.class);
        return existing.isEmpty() ? newMentor(null) : existing.get(0);
    }

    public long demoMentorId() {
        long userId = userId(DemoUsers.MENTOR);
        List<Long> linked = jdbc.queryForList("select id from mentor where user_id = ?", Long.class, userId);
        return linked.isEmpty() ? newMentor(userId) : linked.get(0);
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long newMentor(Long userId) {
        Long area = jdbc.queryForObject("select min(id) from area", Long.class);
        return jdbc.queryForObject("""
                insert into mentor (first_name, last_name, birth_date, home_area_id, speaks_danish, status,
                                    status_changed_at, user_id, created_at, created_by, hours_per_week)
                values (?, ?, date '1975-05-05', ?, true, ?, now(), ?, now(), 'test', 10)
                returning id
                """, Long.class, userId == null ? "Rapport" : "Karim", userId == null ? "Testmentor" : "Nielsen",
                area, userId == null ? "RETIRED" : "APPROVED", userId);
    }

    public Course activeCourse(long mentorId, String responsible, int monthsAgo) {
        long responsibleId = userId(responsible);
        long areaId = jdbc.queryForObject("select area_id from app_user where id = ?", Long.class, responsibleId);
        long unitId = jdbc.queryForObject("select min(id) from unit where area_id = ?", Long.class, areaId);
        String first = "Ahmad" + suffix();
        String last = "Hemmeligsen" + suffix();
        LocalDate start = today().minusMonths(monthsAgo);
        Timestamp now = Timestamp.from(Instant.now(clock));
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
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, 'KICK_OFF', ?, 'Klient, mentor, sagsbehandler', 'Ugentlige møder', ?, 'Test')
                """, courseId, Date.valueOf(start.plusDays(3).isAfter(today()) ? today() : start.plusDays(3)), now);
        created.add(courseId);
        return new Course(courseId, clientId, first, last, mentorId, areaId);
    }

    public long reportCount(long courseId) {
        return jdbc.queryForObject("select count(*) from status_report where course_id = ?", Long.class, courseId);
    }

    /** Eight random lower-case letters, so names are unique within a run (and contain no digits). */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /**
     * Removes every client, course, plan, meeting and report this world made, so the lists and the M10
     * workload that other features' tests check see only the demo data again. Test-only: the S4 trigger
     * (no report is ever deleted) is bypassed for this one transaction with session_replication_role,
     * which the test database's superuser may set; the application's role never can.
     */
    public void removeAll() {
        if (created.isEmpty()) {
            return;
        }
        List<Long> courses = List.copyOf(created);
        created.clear();
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                String ids = courses.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
                String reports = "select id from status_report where course_id in (" + ids + ")";
                String plans = "select id from action_plan where course_id in (" + ids + ")";
                String versions = "select id from action_plan_version where plan_id in (" + plans + ")";
                String clients = "select client_id from mentor_course where id in (" + ids + ")";
                statement.execute("delete from status_report_goal where report_id in (" + reports + ")");
                statement.execute("delete from status_report_task where report_id in (" + reports + ")");
                statement.execute("delete from status_report where course_id in (" + ids + ")");
                statement.execute("delete from action_plan_goal where version_id in (" + versions + ")");
                statement.execute("delete from action_plan_task where version_id in (" + versions + ")");
                statement.execute("delete from action_plan_version where plan_id in (" + plans + ")");
                statement.execute("delete from action_plan where course_id in (" + ids + ")");
                statement.execute("delete from course_meeting where course_id in (" + ids + ")");
                statement.execute("create temporary table report_world_clients on commit drop as " + clients);
                statement.execute("create temporary table report_world_mentors on commit drop as "
                        + "select distinct mentor_id from mentor_course where mentor_id is not null and id in (" + ids + ")");
                statement.execute("delete from mentor_course where id in (" + ids + ")");
                // The replica role skipped the workload triggers (V701): recompute the mentors' agreed hours.
                statement.execute("select mentor_workload_recompute(mentor_id) from report_world_mentors");
                statement.execute("delete from client where id in (select client_id from report_world_clients)");
                connection.commit();
            } catch (java.sql.SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
