package dk.kriminalforsorgen.mentorordning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import dk.kriminalforsorgen.mentorordning.insight.InsightAggregates;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.MadeRecords;
import dk.kriminalforsorgen.mentorordning.support.PageVisits;
import dk.kriminalforsorgen.mentorordning.support.PageVisits.Measure;
import dk.kriminalforsorgen.mentorordning.support.TestCprNumbers;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 10: every main page is bounded. The data behind the pages grows fourfold (clients, mentors,
 * courses with monthly reports and meetings, approval cases, staff, audit rows); each page must then
 * run the same SQL statements and render (nearly) the same amount of HTML. Speed itself is measured
 * by bench/load.sh at ten times national scale, never here.
 * The volume lives in Midt- og Nordjylland with this test's own staff, and is removed afterwards
 * (the audit rows stay: the log is append-only; their subject is VOLUME_TEST, which no other test reads), so
 * other test classes sharing the database see none of it.
 */
class PageVolumeTest extends IntegrationTestBase {

    private static final long AREA = 4;
    private static final long UNIT = 404;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** Above every page's and panel's limit (25), so the first measurement already shows full pages. */
    private static final int SMALL = 60;
    private static final int LARGE = 240;

    @Autowired
    UserAdministration users;

    @Autowired
    CprProtector cprProtector;

    @Autowired
    InsightAggregates insight;

    private final MadeRecords made = new MadeRecords();
    private int batch;

    @Test
    void everyMainPageRunsTheSameStatementsAndRendersTheSameAmountWhenTheDataGrowsFourfold() throws Exception {
        clock.setDate(TODAY);
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String caseworkerName = "vol.sb." + suffix;
        String coordinatorName = "vol.th." + suffix;
        made.staff.add(users.create(caseworkerName, TestUsers.PASSWORD,
                new Assignment("Volumen Sagsbehandler", Role.CASEWORKER, AREA, UNIT, true)).getId());
        made.staff.add(users.create(coordinatorName, TestUsers.PASSWORD,
                new Assignment("Volumen Tovholder", Role.COORDINATOR, AREA, UNIT, false)).getId());
        seed(SMALL, made.staff.get(0));

        MockHttpSession caseworker = sessions.fresh(caseworkerName, TestUsers.PASSWORD);
        MockHttpSession searching = sessions.fresh(caseworkerName, TestUsers.PASSWORD);
        mvc.perform(post("/klienter/soeg").with(csrf()).session(searching).param("name", "volumen"));
        MockHttpSession coordinator = sessions.fresh(coordinatorName, TestUsers.PASSWORD);
        MockHttpSession directorate = sessions.fresh(TestUsers.DIRECTORATE);
        long client = made.clients.get(0);
        long course = jdbc.queryForObject("select id from mentor_course where client_id = ?", Long.class, client);

        PageVisits pages = new PageVisits(mvc)
                .as("caseworker", caseworker, "/", "/klienter", "/klienter/" + client, "/forloeb", "/forloeb/" + course,
                        "/omraade", "/mentorer", "/mentorer?name=volumen", "/mentorer/matchning/" + made.clients.get(1))
                .as("searching", searching, "/klienter")
                .as("coordinator", coordinator, "/", "/mentorer/kapacitet", "/overholdelse",
                        "/overholdelse/forloeb?status=OVERDUE", "/datakvalitet")
                .as("directorate", directorate, "/", "/godkendelser", "/admin/revision", "/admin/brugere", "/forloeb",
                        "/overholdelse", "/landstal");

        // The insight pages read summaries the refresh job rebuilds (issue 13); rebuild them as the job would.
        insight.rebuild();
        Map<String, Measure> before = pages.measure();
        seed(LARGE - SMALL, made.staff.get(0));
        insight.rebuild();
        Map<String, Measure> after = pages.measure();

        SoftAssertions softly = new SoftAssertions();
        before.forEach((page, measure) -> {
            Measure grown = after.get(page);
            softly.assertThat(measure.status()).as("status of %s", page).isEqualTo(200);
            softly.assertThat(measure.statements()).as("the counter counts on %s", page).isPositive();
            softly.assertThat(grown.statements()).as("SQL statements of %s after the data grew fourfold", page)
                    .isEqualTo(measure.statements());
            // Names and counts differ in length, so allow a little; an unbounded list would grow fourfold.
            softly.assertThat(grown.bytes()).as("HTML size of %s after the data grew fourfold (before: %d)", page, measure.bytes())
                    .isLessThanOrEqualTo(measure.bytes() + measure.bytes() / 20 + 500);
        });
        softly.assertAll();
    }

    /**
     * Adds {@code n} clients in the area, each with an active course (a mentor, a kick-off, monthly
     * reports with some months missing, the latest one awaiting acknowledgement), n mentors (half approved,
     * half awaiting the directorate), n staff and 10n audit rows.
     */
    private void seed(int n, long responsible) {
        batch++;
        LocalDate today = TODAY;
        // Staff first: half of the courses go to other caseworkers, so the per-person lists (the compliance
        // roll-up per responsible person) are already above their limit at the small size.
        for (int i = 0; i < n; i++) {
            made.staff.add(jdbc.queryForObject("""
                    insert into app_user (username, display_name, password_hash, role, area_id, unit_id)
                    values (?, ?, 'no-login', 'CASEWORKER', ?, ?) returning id
                    """, Long.class, "vol." + batch + "." + i + "." + System.nanoTime() % 100000, "Volumen Kollega " + i,
                    AREA, UNIT));
        }
        for (int i = 0; i < n; i++) {
            boolean awaiting = i % 2 == 0;
            long mentor = jdbc.queryForObject("""
                    insert into mentor (first_name, last_name, birth_date, home_area_id, speaks_danish, status,
                                        status_changed_at, hours_per_week, cooperation_declared_on, documentation_declared_on,
                                        confidentiality_signed_on, training_completed_on, consent_given_on, record_checked_on,
                                        record_result, vetting_area_id, created_at, created_by)
                    values ('Volumen', ?, date '1980-01-01', ?, true, ?, now(), 18.5, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test')
                    returning id
                    """, Long.class, "Mentor" + batch + "x" + i, AREA, awaiting ? "AWAITING_DIRECTORATE" : "APPROVED",
                    Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusYears(1)),
                    Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusMonths(6)),
                    awaiting ? "REGISTERED" : "NOT_REGISTERED", AREA);
            made.mentors.add(mentor);
            jdbc.update("insert into mentor_need_area (mentor_id, need_area) values (?, 'EDUCATION_EMPLOYMENT')", mentor);
            if (awaiting) {
                jdbc.update("""
                        insert into approval_case (mentor_id, area_id, justification, flagged_at, flagged_by)
                        values (?, ?, 'Egnet trods registrering', now(), 'test')
                        """, mentor, AREA);
            }
        }
        List<Long> approved = jdbc.queryForList(
                "select id from mentor where first_name = 'Volumen' and status = 'APPROVED' order by id", Long.class);
        for (int i = 0; i < n; i++) {
            String cpr = TestCprNumbers.next();
            Cpr number = Cpr.of(cpr);
            if (jdbc.queryForObject("select count(*) from client where cpr_hash = ?", Integer.class,
                    cprProtector.lookupHash(number)) > 0) {
                i--;
                continue;
            }
            long client = jdbc.queryForObject("""
                    insert into client (area_id, first_name, last_name, cpr_encrypted, cpr_hash, custody_status, status_since,
                                        unit_id, supervision_end_date, current_risk_level, current_assessment_date,
                                        created_at, updated_at)
                    values (?, 'Volumen', ?, ?, ?, 'UNDER_SUPERVISION', ?, ?, ?, 'MEDIUM', ?, now(), now())
                    returning id
                    """, Long.class, AREA, "Klient" + batch + "x" + i, cprProtector.encrypt(number),
                    cprProtector.lookupHash(number), Date.valueOf(today.minusYears(1)), UNIT,
                    Date.valueOf(today.plusYears(1)), Date.valueOf(today.minusMonths(3)));
            made.clients.add(client);
            LocalDate start = today.minusMonths(4 + i % 12).withDayOfMonth(1);
            long mentor = approved.get(i % approved.size());
            long course = jdbc.queryForObject("""
                    insert into mentor_course (client_id, area_id, state, planned_start, proposal, mentor_id, agreed_hours,
                                               responsible_user_id, responsible_name, start_date, established_at,
                                               established_by_name, created_at, created_by_name, updated_at)
                    values (?, ?, 'ACTIVE', ?, 'NONE', ?, 2, ?, 'Ansvarlig', ?, now(), 'test', now(), 'test', now())
                    returning id
                    """, Long.class, client, AREA, Date.valueOf(start), mentor,
                    i % 2 == 0 ? responsible : staffMember(i), Date.valueOf(start));
            jdbc.update("""
                    insert into course_meeting (course_id, kind, held_on, participants, agreements, recorded_at, recorded_by_name)
                    values (?, 'KICK_OFF', ?, 'Alle', 'Aftaler', now(), 'test')
                    """, course, Date.valueOf(start.plusDays(7)));
            for (LocalDate month = start; month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
                if ((month.getMonthValue() + i) % 5 == 0) {
                    continue; // a missing month: overdue (S1)
                }
                boolean latest = !month.plusMonths(1).isBefore(today.withDayOfMonth(1));
                jdbc.update("""
                        insert into status_report (course_id, kind, period_start, period_end, channel, template_version,
                                                   status, created_at, created_by_name, submitted_at, submitted_by_name,
                                                   acknowledged_at, acknowledged_by_name, updated_at)
                        values (?, 'MONTHLY', ?, ?, 'WRITTEN', 1, ?, now(), 'test', now(), 'test', ?, ?, now())
                        """, course, Date.valueOf(month), Date.valueOf(month.plusMonths(1).minusDays(1)),
                        latest ? "SUBMITTED" : "ACKNOWLEDGED", latest ? null : new java.sql.Timestamp(0),
                        latest ? null : "test");
            }
        }
        jdbc.update("""
                insert into audit_event (username, role, area_id, action, subject_type, subject_id)
                select 'vol.other', 'CASEWORKER', ?, 'CLIENT_VIEWED', 'VOLUME_TEST', 'volume-' || g from generate_series(1, ?) g
                """, AREA, 10 * n);
    }

    private long staffMember(int i) {
        List<Long> staff = made.staff;
        return staff.size() > 2 ? staff.get(2 + i % (staff.size() - 2)) : staff.get(0);
    }

    /** Removes the volume (with triggers off, as submitted reports are protected by S4), then repairs the summaries. */
    @AfterEach
    void removeVolume() {
        made.removeAll();
    }
}
