package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportProperties;

/**
 * The status reports' deadlines (S1, S3), as the statusreport module defines them ({@code ReportDuty}), read from
 * the per-course summary {@code course_duty_summary} (V702: the first month without a submitted report, the
 * kick-off, the latest meeting and the latest quarterly report, kept by triggers) and {@code course_card}: one
 * query per rule over the courses, never over the reports.
 * <ul>
 * <li>S1 (§17 stk. 1 nr. 1): the first month without a submitted or telephone report, once it has ended (or the
 * course ended in it), is due {@code reports.grace-days} later. From the day after the month ends: the mentor's
 * user; after the grace period: the mentor's user and the responsible person. Only the earliest open month of a
 * course is reminded; when it is delivered, the next open month is. An ended course keeps the months of its
 * active period (as on the start pages).</li>
 * <li>S3 (§17 stk. 1 nr. 2): once the kick-off is held, a quarterly report is due with the next review
 * (latest meeting + the review interval) unless one has been delivered since the latest meeting. Due within
 * {@code review-soon-days}: the mentor's user; the day after the review's due date: the mentor's user and the
 * responsible person.</li>
 * </ul>
 * The occasion is the course and the period (month) or due date, so a report delivered ends the reminders of it.
 */
@Component
class ReportReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final int graceDays;
    private final Period reviewInterval;

    ReportReminders(JdbcTemplate jdbc, NotificationProperties properties, ReportProperties reports,
                    CourseProperties courses) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.graceDays = reports.graceDays();
        this.reviewInterval = courses.reviewInterval();
    }

    private record Due(long courseId, Long areaId, Long responsibleUserId, Long mentorId, LocalDate period,
                       LocalDate dueOn) {
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        List<Delivery> deliveries = new ArrayList<>(monthly(today, people));
        deliveries.addAll(quarterly(today, people));
        return deliveries;
    }

    private List<Delivery> monthly(LocalDate today, Recipients.Directory people) {
        List<Due> due = jdbc.query("""
                select id, area_id, responsible_user_id, mentor_id, first_open_month, period_end + ? as due_on
                from (select c.id, c.area_id, c.responsible_user_id, c.mentor_id, s.first_open_month,
                             case when c.state = 'ENDED'
                                  then least((s.first_open_month + interval '1 month' - interval '1 day')::date, c.ended_on)
                                  else (s.first_open_month + interval '1 month' - interval '1 day')::date
                             end as period_end
                      from course_card c
                      join course_duty_summary s on s.course_id = c.id
                      where c.start_date is not null and s.first_open_month is not null
                        and (c.state = 'ACTIVE'
                             or (c.state = 'ENDED' and c.ended_on is not null and s.first_open_month <= c.ended_on))) d
                where period_end < ?
                order by id
                """, (rs, i) -> due(rs), graceDays, Date.valueOf(today));
        return deliveries(due, today, people, NoticeKind.MONTHLY_REPORT_DUE, NoticeKind.MONTHLY_REPORT_OVERDUE,
                d -> "course:" + d.courseId() + ":monthly:" + d.period());
    }

    private List<Delivery> quarterly(LocalDate today, Recipients.Directory people) {
        List<Due> due = jdbc.query("""
                select id, area_id, responsible_user_id, mentor_id, latest_meeting_on, due_on
                from (select c.id, c.area_id, c.responsible_user_id, c.mentor_id, s.latest_meeting_on,
                             (s.latest_meeting_on + make_interval(years => ?, months => ?, days => ?))::date as due_on
                      from course_card c
                      join course_duty_summary s on s.course_id = c.id
                      where c.state = 'ACTIVE' and s.kick_off_on is not null
                        and (s.latest_quarterly_on is null or s.latest_quarterly_on < s.latest_meeting_on)) d
                where due_on <= ?
                order by id
                """, (rs, i) -> due(rs), reviewInterval.getYears(), reviewInterval.getMonths(),
                reviewInterval.getDays(), Date.valueOf(today.plusDays(properties.reviewSoonDays())));
        return deliveries(due, today, people, NoticeKind.QUARTERLY_REPORT_DUE, NoticeKind.QUARTERLY_REPORT_OVERDUE,
                d -> "course:" + d.courseId() + ":quarterly:" + d.dueOn());
    }

    /**
     * Each report due: of the kind {@code dueKind} until its due date, of {@code overdueKind} after it; to the mentor
     * (on their own pages) and, when overdue, also the responsible person (on the course's reports).
     */
    private static List<Delivery> deliveries(List<Due> due, LocalDate today, Recipients.Directory people,
                                             NoticeKind dueKind, NoticeKind overdueKind, Function<Due, String> occasionKey) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Due d : due) {
            boolean overdue = today.isAfter(d.dueOn());
            NoticeKind kind = overdue ? overdueKind : dueKind;
            String key = occasionKey.apply(d);
            String shown = DanishFormat.date(d.dueOn());
            Occasion mentor = new Occasion(kind, key, d.areaId(), d.courseId(), "/mine-forloeb/" + d.courseId(), shown);
            people.mentorUser(d.mentorId()).forEach(user -> deliveries.add(new Delivery(mentor, user)));
            if (overdue) {
                Occasion responsible = new Occasion(kind, key, d.areaId(), d.courseId(),
                        "/forloeb/" + d.courseId() + "/rapporter", shown);
                people.responsible(d.responsibleUserId()).forEach(user -> deliveries.add(new Delivery(responsible, user)));
            }
        }
        return deliveries;
    }

    private static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Due(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate());
    }
}
