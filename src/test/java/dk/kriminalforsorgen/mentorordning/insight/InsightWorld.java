package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.MadeRecords;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;

/**
 * A small, hand-countable data set for the insight figures: clients, courses, meetings, reports,
 * mentors and an approval case in one area, dated in 2030-2031 (far from other tests' days). Written
 * in SQL like statusreport.ReportWorld, because the owning modules' use cases would need whole
 * eligibility and vetting histories for each record; {@link #removeAll()} takes it away again.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class InsightWorld {

    private final JdbcTemplate jdbc;
    private final CprProtector cprs;
    private final MadeRecords made = new MadeRecords();

    long client(long areaId, long unitId, String lastName, String custody, String risk, LocalDate assessed,
                LocalDate expectedRelease, LocalDate eligibleFrom, LocalDate eligibleUntil) {
        Cpr cpr = Cpr.validate(TestCprNumbers.next()).cpr();
        Timestamp now = Timestamp.valueOf("2031-01-01 09:00:00");
        long id = jdbc.queryForObject("""
                insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, custody_status, status_since,
                                    unit_id, expected_release_date, special_need, motivated, motivation_date,
                                    current_risk_level, current_assessment_date, eligible_from, eligible_until,
                                    created_at, updated_at)
                values (?, 'Indsigt', ?, ?, ?, ?, date '2030-09-01', ?, ?, 'Brug for struktur', true, date '2030-09-01',
                        ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, areaId, lastName, cprs.encrypt(cpr), cprs.lookupHash(cpr), custody, unitId,
                date(expectedRelease), risk, date(assessed), date(eligibleFrom), date(eligibleUntil), now, now);
        made.clients.add(id);
        return id;
    }

    void offer(long clientId, LocalDate on, String answer) {
        jdbc.update("""
                insert into mentor_offer (client_id, offered_on, answer, recorded_by_name, recorded_at)
                values (?, ?, ?, 'Test', now())
                """, clientId, date(on), answer);
        jdbc.update("update client set last_offer_date = ?, last_offer_answer = ? where id = ?", date(on), answer, clientId);
    }

    long mentor(long areaId, String status, LocalDate recordCheckedOn) {
        long id = jdbc.queryForObject("""
                insert into mentor (first_name, last_name, birth_date, home_area_id, speaks_danish, status, status_changed_at,
                                    consent_given_on, record_checked_on, record_result, created_at, created_by, hours_per_week)
                values ('Indsigt', 'Mentor', date '1970-01-01', ?, true, ?, now(), ?, ?, 'NOT_REGISTERED', now(), 'test', 10)
                returning id
                """, Long.class, areaId, status, date(recordCheckedOn == null ? null : recordCheckedOn.minusDays(10)),
                date(recordCheckedOn));
        made.mentors.add(id);
        return id;
    }

    void approvalCase(long mentorId, long areaId, LocalDate flagged, LocalDate decided) {
        jdbc.update("""
                insert into approval_case (mentor_id, area_id, justification, flagged_at, flagged_by, decision, decision_reason,
                                           decided_at, decided_by)
                values (?, ?, 'Egnet', ?, 'test', ?, ?, ?, ?)
                """, mentorId, areaId, Timestamp.valueOf(flagged.atTime(12, 0)), decided == null ? null : "APPROVED",
                decided == null ? null : "Godkendt", decided == null ? null : Timestamp.valueOf(decided.atTime(12, 0)),
                decided == null ? null : "test");
    }

    /** A course; {@code ended} with a reason makes it ENDED, else ACTIVE. With an action plan that divides tasks. */
    long course(long clientId, long areaId, long mentorId, Long responsibleId, LocalDate start, LocalDate ended,
                String endReason) {
        String state = ended == null ? "ACTIVE" : "ENDED";
        long id = jdbc.queryForObject("""
                insert into mentor_course (client_id, area_id, state, planned_start, proposal, proposal_recorded_on, mentor_id,
                                           agreed_hours, responsible_user_id, responsible_name, start_date, established_at,
                                           established_by_name, end_reason, ended_on, created_at, created_by_name, updated_at)
                values (?, ?, ?, ?, 'NONE', ?, ?, 5, ?, 'Ansvarlig', ?, now(), 'Test', ?, ?, now(), 'Test', now())
                returning id
                """, Long.class, clientId, areaId, state, date(start), date(start), mentorId, responsibleId, date(start),
                endReason, date(ended));
        long plan = jdbc.queryForObject("""
                insert into action_plan (course_id, current_number, created_at, updated_at) values (?, 1, now(), now()) returning id
                """, Long.class, id);
        long version = jdbc.queryForObject("""
                insert into action_plan_version (plan_id, number, need_description, created_at, created_by_name)
                values (?, 1, 'Brug for struktur', now(), 'Test') returning id
                """, Long.class, plan);
        jdbc.update("insert into action_plan_task (version_id, task_group, mentor_tasks) values (?, 'PRACTICAL', 'Hjælp')", version);
        made.courses.add(id);
        return id;
    }

    void meeting(long courseId, String kind, LocalDate heldOn) {
        jdbc.update("""
                insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                values (?, ?, ?, 'Klient, mentor', 'Aftaler', now(), 'Test')
                """, courseId, kind, date(heldOn));
    }

    void monthlyReport(long courseId, LocalDate month, LocalDate submittedOn, boolean dutyToNotify) {
        jdbc.update("""
                insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                                           duty_to_notify, duty_to_notify_text, created_at, created_by_name, submitted_at,
                                           submitted_by_name, updated_at)
                values (?, 'MONTHLY', ?, ?, 'WRITTEN', 1, 'SUBMITTED', ?, ?, now(), 'Test', ?, 'Test', now())
                """, courseId, date(month), date(month.plusMonths(1).minusDays(1)), dutyToNotify,
                dutyToNotify ? "Ny sag" : null, Timestamp.valueOf(submittedOn.atTime(12, 0)));
    }

    void goalOutcome(long courseId, int position, String needArea, String outcome) {
        jdbc.update("insert into course_goal_outcome (course_id, position, need_area, description, outcome) values (?, ?, ?, 'Mål', ?)",
                courseId, position, needArea, outcome);
    }

    /** Issue 17: the course's current action plan builds on a municipal plan of the given kind, in the given municipality. */
    void municipalPlan(long courseId, String kind, int municipality) {
        jdbc.update("""
                update action_plan_version v set municipal_plan_kind = ?, municipality_code = ?
                from action_plan p where p.id = v.plan_id and p.course_id = ? and v.number = p.current_number
                """, kind, municipality, courseId);
    }

    /** Removes everything this world made (the S4 trigger bypassed for this one transaction, test database only). */
    void removeAll() {
        made.removeAll();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
