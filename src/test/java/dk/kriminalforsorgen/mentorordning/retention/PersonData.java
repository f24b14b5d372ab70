package dk.kriminalforsorgen.mentorordning.retention;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Test data for retention and subject access: a client whose case (with one ended course) fills a row in every
 * table that can hold something about a client, and a mentor with a row in every table about a mentor. Written with
 * SQL on purpose: the point is to reach every table, including rows the domain protects once written (submitted and
 * duty-to-notify reports). Every free text carries the person's name, so a leak into another person's export shows.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class PersonData {

    private final JdbcTemplate jdbc;
    private final CprProtector cprs;

    private final List<Case> made = new ArrayList<>();

    /** Removes every case this instance made; call it after each test. */
    void removeAll() {
        made.forEach(this::remove);
        made.clear();
    }

    record Person(long id, String firstName, String lastName, String cpr) {
        String name() {
            return firstName + " " + lastName;
        }
    }

    record Case(Person client, Person mentor, long courseId) {
    }

    /** A client with an ENDED course (ended and last changed on {@code endedOn}) and their own mentor. */
    Case endedCase(String firstName, String lastName, LocalDate endedOn) {
        String tag = firstName + " " + lastName;
        Timestamp at = Timestamp.from(endedOn.atStartOfDay().toInstant(ZoneOffset.UTC));
        LocalDate start = endedOn.minusMonths(8);
        long caseworker = jdbc.queryForObject("select id from app_user where username = ?", Long.class, TestUsers.CASEWORKER);
        String mentorTag = UUID.randomUUID().toString().substring(0, 8);
        Person mentor = mentor("Mentorfornavn" + mentorTag, "Mentorsen" + mentorTag, at);

        String cpr = TestCprNumbers.next();
        long client = insert("""
                insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, phone, email, address,
                                    custody_status, status_since, unit_id, special_need, created_at, created_by, updated_at)
                values (1, ?, ?, ?, ?, '12345678', ?, ?, 'UNDER_SUPERVISION', ?, 104, ?, ?, ?, ?) returning id
                """, firstName, lastName, cprs.encrypt(Cpr.of(cpr)), cprs.lookupHash(Cpr.of(cpr)),
                firstName.toLowerCase() + "@example.dk", "Vej for " + tag, start, "Særligt behov hos " + tag, at,
                caseworker, at);
        jdbc.update("""
                insert into client_custody_status (client_id, status, valid_from, unit_id, area_id, recorded_at, recorded_by_name)
                values (?, 'UNDER_SUPERVISION', ?, 104, 1, ?, 'Test Sagsbehandler')""", client, start, at);
        long assessment = insert("""
                insert into risk_assessment (client_id, assessed_on, risk_level, assessor_id, assessor_name, recorded_at)
                values (?, ?, 'MEDIUM', ?, 'Test Sagsbehandler', ?) returning id""", client, start, caseworker, at);
        jdbc.update("insert into risk_assessment_need (assessment_id, need_area, level) values (?, 'EDUCATION_EMPLOYMENT', 'HIGH')",
                assessment);
        jdbc.update("""
                insert into mentor_offer (client_id, offered_on, answer, recorded_by_name, recorded_at)
                values (?, ?, 'ACCEPTED', 'Test Sagsbehandler', ?)""", client, start, at);

        long course = insert("""
                insert into mentor_course (client_id, area_id, state, planned_start, mentor_id, agreed_hours,
                                           responsible_user_id, responsible_name, start_date, end_reason, ended_on,
                                           end_note, created_at, created_by_name, updated_at)
                values (?, 1, 'ENDED', ?, ?, 4, ?, 'Test Sagsbehandler', ?, 'PURPOSE_ACHIEVED', ?, ?, ?, 'Test Sagsbehandler', ?)
                returning id""", client, start, mentor.id(), caseworker, start, endedOn, "Afslutning for " + tag, at, at);
        long plan = insert("""
                insert into action_plan (course_id, current_number, created_at, updated_at) values (?, 1, ?, ?) returning id""",
                course, at, at);
        long version = insert("""
                insert into action_plan_version (plan_id, number, need_description, created_at, created_by_name)
                values (?, 1, ?, ?, 'Test Sagsbehandler') returning id""", plan, "Behov for " + tag, at);
        jdbc.update("""
                insert into action_plan_goal (version_id, position, need_area, description)
                values (?, 1, 'EDUCATION_EMPLOYMENT', ?)""", version, "Mål for " + tag);
        jdbc.update("insert into action_plan_task (version_id, task_group) values (?, 'PRACTICAL')", version);
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, 'KICK_OFF', ?, ?, ?, ?, 'Test Sagsbehandler')""", course, start, tag + " og mentor",
                "Aftaler med " + tag, at);
        // A meeting planned ahead and not held, with the reason (issue 12, V360).
        jdbc.update("""
                insert into meeting_plan (course_id, kind, status, meeting_date, start_time, end_time, place, outcome_note,
                                          created_at, created_by_name, changed_at)
                values (?, 'REVIEW', 'MISSED', ?, '10:00', '11:00', 'Rådhuset', ?, ?, 'Test Sagsbehandler', ?)""",
                course, start, "Udeblev: " + tag, at, at);
        jdbc.update("""
                insert into course_handover (course_id, from_area_id, to_area_id, handed_over_at, by_name)
                values (?, 1, 3, ?, 'Test Sagsbehandler')""", course, at);
        jdbc.update("""
                insert into course_fee (course_id, monthly_amount, valid_from, basis, set_at, set_by_name)
                values (?, 500, ?, ?, ?, 'Test Sagsbehandler')""", course, start, "Honorar for " + tag, at);
        jdbc.update("""
                insert into course_goal_outcome (course_id, position, need_area, description, outcome)
                values (?, 1, 'EDUCATION_EMPLOYMENT', ?, 'ACHIEVED')""", course, "Udfald for " + tag);
        jdbc.update("""
                insert into course_continuation (course_id, kind, rule_id, confirmed_on, note, by_name, recorded_at)
                values (?, 'RELEASE', 'C13', ?, ?, 'Test Sagsbehandler', ?)""", course, start, "Fortsætter for " + tag, at);
        jdbc.update("""
                insert into activity_grant (course_id, granted_on, purpose, amount, granted_at, granted_by_name)
                values (?, ?, ?, 300, ?, 'Test Sagsbehandler')""", course, start, "Biograf med " + tag, at);
        jdbc.update("""
                insert into journal_entry (course_id, kind, occurred_on, text, visibility, author_user_id, author_name,
                                           author_role, written_at)
                values (?, 'PHONE_CALL', ?, ?, 'STAFF', ?, 'Test Sagsbehandler', 'CASEWORKER', ?)""", course, start,
                "Telefonsamtale med " + tag, caseworker, at);
        // A submitted report with the duty to notify raised (S4): the database refuses to delete it outside the purge.
        long report = insert("""
                insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                                           concerns, duty_to_notify, duty_to_notify_text, created_at, created_by_name,
                                           submitted_at, submitted_by_name, updated_at)
                values (?, 'MONTHLY', ?, ?, 'WRITTEN', 1, 'DRAFT', ?, true, ?, ?, 'Mentor', ?, 'Mentor', ?) returning id""",
                course, start, start.plusMonths(1).minusDays(1), "Bekymring om " + tag, "Underretning om " + tag, at, at, at);
        jdbc.update("""
                insert into status_report_goal (report_id, position, need_area, goal) values (?, 1, 'EDUCATION_EMPLOYMENT', ?)""",
                report, "Rapportmål for " + tag);
        jdbc.update("insert into status_report_task (report_id, task_group) values (?, 'PRACTICAL')", report);
        jdbc.update("update status_report set status = 'SUBMITTED' where id = ?", report);

        jdbc.update("""
                insert into mentor_match_choice (mentor_id, client_id, rank, override_reason, chosen_at, chosen_by)
                values (?, ?, 2, ?, ?, 't.sagsbehandler')""", mentor.id(), client, "Valgt til " + tag, at);
        jdbc.update("""
                insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                values (?, ?, 'MENTOR', ?, ?, 't.sagsbehandler')""", mentor.id(), client, "Kender " + tag, at);
        jdbc.update("""
                insert into mentor_employee_exception (mentor_id, client_id, justification, recorded_at, recorded_by)
                values (?, ?, ?, ?, 't.sagsbehandler')""", mentor.id(), client, "Undtagelse for " + tag, at);
        jdbc.update("""
                insert into mentor_commitment (mentor_id, client_id, description, hours_per_week, active, started_on,
                                               ended_on, created_at, created_by)
                values (?, ?, ?, 4, false, ?, ?, ?, 't.tovholder')""", mentor.id(), client, "Forløb med " + tag, start,
                endedOn, at);
        jdbc.update("update mentor set proposed_for_client_id = ? where id = ?", client, mentor.id());
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
                values (?, 'test.listener', 'dk.kriminalforsorgen.mentorordning.client.CustodyStatusChanged', ?, ?, ?)""",
                UUID.randomUUID(), "{\"clientId\":" + client + ",\"before\":\"INMATE\"}", at, at);
        jdbc.update("""
                insert into audit_event (occurred_at, action, subject_type, subject_id, details)
                values (?, 'CLIENT_VIEWED', 'CLIENT', ?, 'test')""", at, String.valueOf(client));
        Case result = new Case(new Person(client, firstName, lastName, cpr), mentor, course);
        made.add(result);
        return result;
    }

    /**
     * Removes what {@link #endedCase} made (what is left of it), so that other test classes sharing the database do
     * not see these clients and mentors in their lists and queues. The client goes through the purge itself (the
     * only way past the report triggers); audit rows stay, as always.
     */
    void remove(Case made) {
        jdbc.update("update mentor_course set state = 'ENDED', end_reason = 'PURPOSE_ACHIEVED', ended_on = planned_start "
                + "where client_id = ? and state <> 'ENDED'", made.client().id());
        if (jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, made.client().id()) > 0) {
            jdbc.queryForObject("select retention_purge_client(?)", Integer.class, made.client().id());
        }
        jdbc.update("delete from event_publication where serialized_event like ?", "{\"clientId\":" + made.client().id() + ",%");
        long mentor = made.mentor().id();
        for (String table : List.of("mentor_language", "mentor_need_area", "mentor_task_group", "mentor_status_change",
                "approval_case", "mentor_commitment", "mentor_match_choice", "mentor_close_relation",
                "mentor_employee_exception", "mentor_training")) {
            jdbc.update("delete from " + table + " where mentor_id = ?", mentor);
        }
        jdbc.update("delete from mentor where id = ?", mentor);
    }

    private Person mentor(String firstName, String lastName, Timestamp at) {
        String cpr = TestCprNumbers.next();
        String tag = firstName + " " + lastName;
        long mentor = insert("""
                insert into mentor (first_name, last_name, birth_date, email, phone, address, postal_code, city,
                                    home_area_id, speaks_danish, hours_per_week, status, status_changed_at, created_at,
                                    created_by, cpr_encrypted, cpr_hash)
                values (?, ?, ?, ?, '87654321', ?, '2200', 'København N', 1, true, 10, 'APPROVED', ?, ?, 't.tovholder', ?, ?)
                returning id""", firstName, lastName, Cpr.of(cpr).birthDate(), firstName.toLowerCase() + "@example.dk",
                "Mentorvej for " + tag, at, at, cprs.encrypt(Cpr.of(cpr)), cprs.lookupHash(Cpr.of(cpr)));
        jdbc.update("insert into mentor_language (mentor_id, language) values (?, 'da')", mentor);
        jdbc.update("insert into mentor_need_area (mentor_id, need_area) values (?, 'EDUCATION_EMPLOYMENT')", mentor);
        jdbc.update("insert into mentor_task_group (mentor_id, task_group) values (?, 'PRACTICAL')", mentor);
        jdbc.update("""
                insert into mentor_training (mentor_id, kind, name, taken_on, hours, recorded_at, recorded_by)
                values (?, 'INTRODUCTION', ?, ?, 7.5, ?, 't.tovholder')""", mentor, "Introduktion for " + tag,
                Cpr.of(cpr).birthDate().plusYears(30), at);
        jdbc.update("""
                insert into mentor_status_change (mentor_id, from_status, to_status, changed_at, changed_by, reason)
                values (?, 'VETTING', 'APPROVED', ?, 't.tovholder', ?)""", mentor, at, "Godkendt: " + tag);
        jdbc.update("""
                insert into approval_case (mentor_id, area_id, justification, flagged_at, flagged_by)
                values (?, 1, ?, ?, 't.tovholder')""", mentor, "Begrundelse for " + tag, at);
        jdbc.update("""
                insert into audit_event (occurred_at, action, subject_type, subject_id, details)
                values (?, 'MENTOR_VIEWED', 'MENTOR', ?, 'test')""", at, String.valueOf(mentor));
        return new Person(mentor, firstName, lastName, cpr);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    // --- which tables hold something about a client, found from the schema itself ---

    /**
     * Every base table that holds rows about a client, with the SQL that selects them by client id: the client
     * table, every table that refers to a client by a column named {@code *client_id}, and every table that hangs
     * under one of those by a foreign key (courses, their reports, plans, ...). Found from the schema, so a table
     * added later is covered by the tests without anyone remembering it.
     */
    Map<String, String> clientTables() {
        Map<String, String> rowsOf = new LinkedHashMap<>();
        rowsOf.put("client", "select * from client where id = ?");
        for (Map<String, Object> column : jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name like '%client_id'
                order by 1, 2""")) {
            rowsOf.putIfAbsent((String) column.get("table_name"),
                    "select * from " + column.get("table_name") + " where " + column.get("column_name") + " = ?");
        }
        List<Map<String, Object>> foreignKeys = jdbc.queryForList("""
                select kcu.table_name as child, kcu.column_name as fk, ccu.table_name as parent, ccu.column_name as pk
                from information_schema.referential_constraints rc
                join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.constraint_name
                where kcu.table_schema = 'public'""");
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map<String, Object> fk : foreignKeys) {
                String child = (String) fk.get("child");
                String parent = (String) fk.get("parent");
                if (rowsOf.containsKey(parent) && !rowsOf.containsKey(child) && !CLIENT_REFERENCE_ONLY.contains(parent)) {
                    rowsOf.put(child, "select * from " + child + " where " + fk.get("fk") + " in (select "
                            + fk.get("pk") + " from (" + rowsOf.get(parent) + ") p)");
                    grew = true;
                }
            }
        }
        // Tables of another module that name a course by id only, without a foreign key (the journal, V390).
        for (String table : jdbc.queryForList("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name = 'course_id'
                order by 1""", String.class)) {
            if (!rowsOf.containsKey(table) && !NOT_ABOUT_THE_CLIENT.contains(table)) {
                rowsOf.put(table, "select * from " + table + " where course_id in (select id from mentor_course where client_id = ?)");
            }
        }
        return rowsOf;
    }

    /**
     * Tables that name a course but hold nothing of their own about the client: what a staff member was told (a
     * notice: its kind, date and recipient, no content; the recipient's data, deleted with a purged course by the
     * nightly reminder job), and caches derived from the course's rows, which the export holds row by row
     * (course_duty_summary, V702; insight_course_compliance, V601).
     */
    static final Set<String> NOT_ABOUT_THE_CLIENT = new LinkedHashSet<>(List.of("notice", "course_duty_summary",
            "insight_course_compliance"));

    /**
     * Tables that name a client but belong to another person (the mentor proposed by the client): their children
     * are that person's data, not the client's.
     */
    static final Set<String> CLIENT_REFERENCE_ONLY = new LinkedHashSet<>(List.of("mentor"));

    int count(String rowsSql, long id) {
        return jdbc.queryForObject("select count(*) from (" + rowsSql + ") x", Integer.class, id);
    }

    List<String> tablesWithRows(Map<String, String> tables, long id) {
        List<String> result = new ArrayList<>();
        tables.forEach((table, sql) -> {
            if (count(sql, id) > 0) {
                result.add(table);
            }
        });
        return result;
    }
}
