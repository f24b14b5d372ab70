package dk.kriminalforsorgen.mentorordning.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.notification.internal.DeadlineReminders;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.TestClock;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Test data for the deadline notices (issue 11), on top of the status reports' {@link Reports} (a course with its own
 * client, mentor user and, unless named, its own responsible caseworker of Hovedstaden). The rows of other modules
 * that the reminders only read through published views (reports, M8 cases, vetting dates, E9 clients) are written in
 * SQL here, as {@code Reports} does. {@link #runOn} sets the day and runs the daily job; the queries read the notices
 * of one occasion only, so the tests do not see each other's data.
 */
final class DeadlineWorld {

    static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    final Reports reports;
    private final JdbcTemplate jdbc;
    private final TestClock clock;
    private final CprProtector cprs;
    private final DeadlineReminders reminders;

    DeadlineWorld(ApplicationContext context) {
        this.reports = new Reports(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(TestClock.class);
        this.cprs = context.getBean(CprProtector.class);
        this.reminders = context.getBean(DeadlineReminders.class);
    }

    /** Sets the day and runs the daily deadline job, as the scheduler does at 6 in the morning. */
    void runOn(LocalDate day) {
        clock.setDate(day);
        reminders.run();
    }

    long userId(String username) {
        return reports.userId(username);
    }

    /**
     * The recipients of the notices of {@code kind} of the occasion, in user-id order. An occasion ending in ':' is a
     * prefix ("course:7:kick-off:" for any due date); otherwise the occasion itself and the ones below it
     * ("report:7" and "report:7:…", not "report:71").
     */
    List<Long> recipients(NoticeKind kind, String occasion) {
        return jdbc.queryForList("""
                select recipient_user_id from notice where kind = ? and (occasion = ? or occasion like ?)
                order by recipient_user_id
                """, Long.class, kind.name(), occasion, below(occasion));
    }

    /** Every notice of the occasion (any kind): kind and recipient, to check that nothing else was created. */
    List<String> notices(String occasion) {
        return jdbc.queryForList("""
                select kind || ' to ' || recipient_user_id from notice where occasion = ? or occasion like ? order by id
                """, String.class, occasion, below(occasion));
    }

    private static String below(String occasion) {
        return occasion.endsWith(":") ? occasion + "%" : occasion + ":%";
    }

    /** The enabled coordinators of an area (the area's coordinators are told about overdue deadlines). */
    List<Long> coordinatorsOf(long areaId) {
        return jdbc.queryForList("select id from app_user where role = 'COORDINATOR' and area_id = ? and enabled order by id",
                Long.class, areaId);
    }

    List<Long> directorate() {
        return jdbc.queryForList("select id from app_user where role = 'DIRECTORATE' and enabled order by id", Long.class);
    }

    /** A status report of the course, written or by telephone, submitted (delivered) on {@code deliveredOn}. */
    long submittedReport(Reports.Course course, String kind, LocalDate periodStart, LocalDate periodEnd,
                         LocalDate deliveredOn) {
        Timestamp at = noon(deliveredOn);
        return jdbc.queryForObject("""
                insert into status_report (course_id, kind, period_start, period_end, channel, template_version, status,
                                           created_at, created_by_name, submitted_at, submitted_by_name, updated_at)
                values (?, ?, ?, ?, 'WRITTEN', 1, 'SUBMITTED', ?, 'Mentor', ?, 'Mentor', ?) returning id
                """, Long.class, course.id(), kind, Date.valueOf(periodStart), Date.valueOf(periodEnd), at, at, at);
    }

    void acknowledge(long reportId, LocalDate on) {
        jdbc.update("""
                update status_report set status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by_name = 'Test'
                where id = ?""", noon(on), reportId);
    }

    /** M8: the course's mentor flagged to the directorate on {@code flaggedOn} by the course's area. */
    long approvalCase(Reports.Course course, LocalDate flaggedOn) {
        return jdbc.queryForObject("""
                insert into approval_case (mentor_id, area_id, justification, flagged_at, flagged_by)
                values (?, ?, 'Egnet trods registrering', ?, 't.tovholder') returning id
                """, Long.class, course.mentorId(), course.areaId(), noon(flaggedOn));
    }

    void decide(long caseId, LocalDate on) {
        jdbc.update("""
                update approval_case set decision = 'APPROVED', decision_reason = 'Godkendt', decided_at = ?,
                       decided_by = 't.direktorat' where id = ?""", noon(on), caseId);
    }

    /** DOMAIN §9: the mentor's criminal-register check made on {@code checkedOn} (consent the day before). */
    void vettingCheckedOn(long mentorId, LocalDate checkedOn) {
        jdbc.update("""
                update mentor set vetting_area_id = home_area_id, consent_given_on = ?, record_checked_on = ?,
                                  record_result = 'NOT_REGISTERED' where id = ?""",
                Date.valueOf(checkedOn.minusDays(1)), Date.valueOf(checkedOn), mentorId);
    }

    void mentorStatus(long mentorId, String status) {
        jdbc.update("update mentor set status = ? where id = ?", status, mentorId);
    }

    /**
     * E9: a client of the area whose offer of a mentor is due (risk HIGH, a special need, no offer), assessed on
     * {@code assessedOn} and registered on {@code registeredOn} by {@code registeredBy}.
     */
    long clientWithOfferDue(long areaId, String registeredBy, LocalDate assessedOn, LocalDate registeredOn) {
        Cpr cpr = Cpr.validate(TestCprNumbers.next()).cpr();
        long unitId = jdbc.queryForObject("select min(id) from unit where area_id = ?", Long.class, areaId);
        Timestamp at = noon(registeredOn);
        return jdbc.queryForObject("""
                insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, custody_status, status_since,
                                    unit_id, current_risk_level, current_assessment_date, special_need, offer_due,
                                    created_at, created_by, updated_at)
                values (?, 'Tilbud', 'Mangler', ?, ?, 'UNDER_SUPERVISION', ?, ?, 'HIGH', ?, 'Brug for støtte', true, ?, ?, ?)
                returning id
                """, Long.class, areaId, cprs.encrypt(cpr), cprs.lookupHash(cpr), Date.valueOf(registeredOn), unitId,
                Date.valueOf(assessedOn), at, userId(registeredBy), at);
    }

    void offerRecorded(long clientId) {
        jdbc.update("update client set offer_due = false, last_offer_answer = 'ACCEPTED', last_offer_date = current_date where id = ?",
                clientId);
    }

    /** Moves a user to Syddanmark (a caseworker moved to another area is no longer told about this area's clients). */
    void moveToTheSouth(String username) {
        jdbc.update("update app_user set area_id = ?, unit_id = ? where username = ?", TestUsers.SYDDANMARK,
                TestUsers.KIF_ODENSE, username);
    }

    private static Timestamp noon(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).atZone(DANISH).toInstant());
    }
}
