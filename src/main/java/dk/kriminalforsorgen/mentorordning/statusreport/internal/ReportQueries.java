package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AreaScoped;

/**
 * The status-report feature's read models in SQL: the facts of a course it needs, the mentor record
 * of a user, and one query per start-page panel (no N+1). Callers have checked access. Other
 * modules' data is read only through their published views ({@code course_card}, {@code client_card},
 * {@code mentor_card}, {@code course_meeting_dates}); the tables read here are this module's own.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportQueries {

    private final JdbcTemplate jdbc;

    /** What a report page needs about its course. The client's full name is for caseworkers only. */
    record CourseFacts(long id, Long areaId, String state, LocalDate startDate, LocalDate endedOn, Long mentorId,
                       BigDecimal agreedHours, Long responsibleUserId, String responsibleName, String clientFirstName,
                       String clientFullName, String mentorName, Long mentorUserId) implements AreaScoped {

        @Override
        public Long areaId() {
            return areaId;
        }

        boolean active() {
            return "ACTIVE".equals(state);
        }

        /** Ended (C12): the reports owed for its active period stay due until delivered (S1, §14 stk. 2). */
        boolean ended() {
            return "ENDED".equals(state);
        }
    }

    private static final String COURSE_SELECT = """
            select k.id, k.area_id, k.state, k.start_date, k.ended_on, k.mentor_id, k.agreed_hours,
                   k.responsible_user_id, k.responsible_name, c.first_name, c.first_name || ' ' || c.last_name,
                   m.first_name || ' ' || m.last_name, m.user_id
            from course_card k
            join client_card c on c.id = k.client_id
            left join mentor_card m on m.id = k.mentor_id
            """;

    Optional<CourseFacts> course(long courseId) {
        return jdbc.query(COURSE_SELECT + " where k.id = ?", (rs, i) -> facts(rs), courseId).stream().findFirst();
    }

    private static CourseFacts facts(ResultSet rs) throws SQLException {
        return new CourseFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs.getDate(4)), date(rs.getDate(5)),
                (Long) rs.getObject(6), rs.getBigDecimal(7), (Long) rs.getObject(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), (Long) rs.getObject(13));
    }

    /** The kick-off (C5) and the latest meeting (C8) of a course; both null before the kick-off. */
    record MeetingDates(LocalDate kickOff, LocalDate latest) {
    }

    MeetingDates meetingDates(long courseId) {
        return jdbc.query("select kick_off_on, latest_on from course_meeting_dates where course_id = ?",
                        (rs, i) -> new MeetingDates(date(rs.getDate(1)), date(rs.getDate(2))), courseId)
                .stream().findFirst().orElse(new MeetingDates(null, null));
    }

    /** The mentor record linked to a user with role MENTOR (mentor.user_id), if any. */
    Optional<Long> mentorOfUser(long userId) {
        return jdbc.queryForList("select id from mentor_card where user_id = ?", Long.class, userId).stream().findFirst();
    }

    int currentTemplateVersion() {
        Integer version = jdbc.queryForObject("select max(version) from report_template", Integer.class);
        if (version == null) {
            throw new IllegalStateException("no report template");
        }
        return version;
    }

    // ---------------------------------------------------------------- start-page panels

    /**
     * One course with a reporting duty and what the duty needs: its dates, meetings and reports (aggregated
     * in the row). {@code endedOn} is null for an active course.
     */
    record DutyRow(long courseId, String clientName, String clientFirstName, String responsibleName, LocalDate start,
                   LocalDate endedOn, LocalDate kickOff, LocalDate latestMeeting, List<ReportDuty.Existing> reports) {
    }

    /**
     * The courses with a reporting duty: every active course, and an ended course while a month of its
     * active period, up to and including the month it ended, has no submitted report (S1; the reports are
     * part of the fee basis, §14 stk. 2). The first month without one is kept in course_duty_summary (V702).
     */
    private static final String OWING = """
            k.start_date is not null
            and (k.state = 'ACTIVE' or (k.state = 'ENDED' and k.ended_on is not null and mt.first_open_month <= k.ended_on))
            """;

    private static final String DUTY_SELECT = """
            select k.id, c.first_name || ' ' || c.last_name, c.first_name, k.responsible_name, k.start_date,
                   case when k.state = 'ENDED' then k.ended_on end, mt.kick_off_on, mt.latest_meeting_on,
                   (select string_agg(r.kind || ':' || r.period_start || ':' || r.status, ',')
                    from status_report r where r.course_id = k.id) as reports
            from course_card k
            join client_card c on c.id = k.client_id
            left join course_duty_summary mt on mt.course_id = k.id
            where""" + " " + OWING;

    private static DutyRow dutyRow(ResultSet rs) throws SQLException {
        return new DutyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getDate(5)),
                date(rs.getDate(6)), date(rs.getDate(7)), date(rs.getDate(8)), parse(rs.getString(9)));
    }

    /** Who the panel is for: the responsible person, the area (coordinator) or the mentor. */
    enum Scope { RESPONSIBLE, AREA, MENTOR_USER }

    List<DutyRow> dutyRows(Scope scope, long id) {
        String where = switch (scope) {
            case RESPONSIBLE -> " and k.responsible_user_id = ?";
            case AREA -> " and k.area_id = ?";
            case MENTOR_USER -> " and k.mentor_id = (select id from mentor_card where user_id = ?)";
        };
        return jdbc.query(DUTY_SELECT + where + " order by k.id", (rs, i) -> dutyRow(rs), id);
    }

    /** The courses of a panel with something overdue (at most {@code limit}, most overdue first) and how many there are. */
    record OverdueCourses(List<DutyRow> rows, int total) {
    }

    /**
     * Issue 10: the area's or responsible person's courses with an overdue report, ordered by their
     * earliest overdue report (S1: the first month without a submitted report; S3: the quarterly report
     * due with the next review), read from course_duty_summary (V702) instead of every report. Only the
     * first {@code limit} courses are read in full: any overdue report of a later course is due no
     * earlier than the first overdue report of each of these, so the panel's first {@code limit} lines
     * always come from them.
     */
    OverdueCourses overdueCourses(Scope scope, long id, LocalDate today, int graceDays, java.time.Period reviewInterval,
                                  int limit) {
        return overdueCourses(scope, id, today, graceDays, reviewInterval, limit, 0);
    }

    /** As {@link #overdueCourses(Scope, long, LocalDate, int, java.time.Period, int)}, from the {@code offset}th course on (a page of the full list). */
    OverdueCourses overdueCourses(Scope scope, long id, LocalDate today, int graceDays, java.time.Period reviewInterval,
                                  int limit, long offset) {
        if (scope == Scope.AREA) {
            return areaOverdueCourses(id, today, graceDays, reviewInterval, limit, offset);
        }
        String where = "k.responsible_user_id = ?";
        int[] total = {0};
        List<Long> ids = new ArrayList<>();
        jdbc.query("""
                with due as (
                    select k.id,
                           case when k.state = 'ACTIVE'
                                then (s.first_open_month + interval '1 month' - interval '1 day')::date
                                when s.first_open_month <= k.ended_on
                                then least((s.first_open_month + interval '1 month' - interval '1 day')::date, k.ended_on)
                           end + ? as monthly_due,
                           case when k.state = 'ACTIVE' and s.kick_off_on is not null
                                     and (s.latest_quarterly_on is null or s.latest_quarterly_on < s.latest_meeting_on)
                                then (s.latest_meeting_on + make_interval(years => ?, months => ?, days => ?))::date
                           end as quarterly_due
                    from mentor_course k
                    join course_duty_summary s on s.course_id = k.id
                    where k.state in ('ACTIVE', 'ENDED') and k.start_date is not null and %s
                ), overdue as (
                    select id, least(case when monthly_due < ? then monthly_due end,
                                     case when quarterly_due < ? then quarterly_due end) as first_due
                    from due
                )
                select id, count(*) over () from overdue where first_due is not null
                order by first_due, id
                limit ? offset ?
                """.formatted(where), rs -> {
                    ids.add(rs.getLong(1));
                    total[0] = rs.getInt(2);
                }, graceDays, reviewInterval.getYears(), reviewInterval.getMonths(), reviewInterval.getDays(), id,
                Date.valueOf(today), Date.valueOf(today), limit, offset);
        return read(ids, total[0]);
    }

    /**
     * The coordinator's area (issue 10/13): the same courses in the same order as the responsible person's
     * query above, but read from the ordered dates of course_duty_summary (V706) so that only the first
     * {@code offset + limit} courses by each kind of report are looked at, not every course of the area.
     * A course's first overdue report is its monthly or its quarterly one, so the first courses overall are
     * among the first by monthly due date and the first by quarterly due date. Monthly due dates are the
     * base plus whole days (the same order); a review interval in months can map up to three base days to
     * one due date (31 January and 28 February + 1 month), so the quarterly candidates run three days past
     * the last one needed.
     */
    private OverdueCourses areaOverdueCourses(long areaId, LocalDate today, int graceDays, java.time.Period interval,
                                              int limit, long offset) {
        Date monthlyBefore = Date.valueOf(today.minusDays(graceDays));
        Date todayDate = Date.valueOf(today);
        long wanted = offset + limit;
        String quarterlyDue = "(s.quarterly_base + make_interval(years => %d, months => %d, days => %d))::date"
                .formatted(interval.getYears(), interval.getMonths(), interval.getDays());
        List<Long> ids = jdbc.query("""
                with m as (
                    select s.course_id as id, s.monthly_base + ? as due from course_duty_summary s
                    where s.area_id = ? and s.monthly_base < ?
                    order by s.monthly_base, s.course_id limit ?
                ), last_q as (
                    select s.quarterly_base from course_duty_summary s
                    where s.area_id = ? and s.quarterly_base is not null and %1$s < ?
                    order by s.quarterly_base, s.course_id offset ? limit 1
                ), q as (
                    select s.course_id as id, %1$s as due from course_duty_summary s
                    where s.area_id = ? and s.quarterly_base is not null and %1$s < ?
                      and (not exists (select 1 from last_q) or s.quarterly_base <= (select quarterly_base from last_q) + 3)
                )
                select id from (select id, min(due) as first_due from (select * from m union all select * from q) u group by id) c
                order by first_due, id limit ? offset ?
                """.formatted(quarterlyDue), (rs, i) -> rs.getLong(1), graceDays, areaId, monthlyBefore, wanted,
                areaId, todayDate, wanted - 1, areaId, todayDate, limit, offset);
        Integer total = jdbc.queryForObject("""
                select (select count(*) from course_duty_summary s where s.area_id = ? and s.monthly_base < ?)
                     + (select count(*) from course_duty_summary s
                        where s.area_id = ? and s.quarterly_base is not null and %s < ?
                          and not (s.monthly_base is not null and s.monthly_base < ?))
                """.formatted(quarterlyDue), Integer.class, areaId, monthlyBefore, areaId, todayDate, monthlyBefore);
        return read(ids, total == null ? 0 : total);
    }

    /** The duties of the given courses, in the given order. */
    private OverdueCourses read(List<Long> ids, int total) {
        if (ids.isEmpty()) {
            return new OverdueCourses(List.of(), 0);
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<DutyRow> rows = jdbc.query(DUTY_SELECT + " and k.id in (" + in + ") order by k.id",
                (rs, i) -> dutyRow(rs), ids.toArray());
        rows = new ArrayList<>(rows);
        rows.sort(java.util.Comparator.comparingInt(row -> ids.indexOf(row.courseId()))); // most overdue first
        return new OverdueCourses(rows, total);
    }

    private static List<ReportDuty.Existing> parse(String aggregated) {
        List<ReportDuty.Existing> reports = new ArrayList<>();
        if (aggregated == null || aggregated.isBlank()) {
            return reports;
        }
        for (String part : aggregated.split(",")) {
            String[] f = part.split(":");
            reports.add(new ReportDuty.Existing(ReportKind.valueOf(f[0]), LocalDate.parse(f[1]), ReportStatus.valueOf(f[2])));
        }
        return reports;
    }

    /** A submitted report not yet acknowledged; duty-to-notify reports first (S4), then the oldest. */
    List<ReportViews.AwaitingLine> awaitingAcknowledgement(Scope scope, long id, int limit) {
        String where = scope == Scope.AREA ? "k.area_id = ?" : "k.responsible_user_id = ?";
        return jdbc.query("""
                select r.id, r.course_id, c.first_name || ' ' || c.last_name, r.kind, r.period_start, r.channel,
                       r.duty_to_notify, k.responsible_name
                from status_report r
                join course_card k on k.id = r.course_id
                join client_card c on c.id = k.client_id
                where r.status = 'SUBMITTED' and %s
                order by r.duty_to_notify desc, r.submitted_at, r.id
                limit ?
                """.formatted(where), (rs, i) -> new ReportViews.AwaitingLine(rs.getLong(1), rs.getLong(2),
                rs.getString(3), ReportKind.valueOf(rs.getString(4)), date(rs.getDate(5)),
                ReportChannel.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getString(8)), id, limit);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
