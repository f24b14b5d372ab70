package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final ReportProperties reports;
    private final CourseProperties courses;

    private record Due(long courseId, Long areaId, Long responsibleUserId, Long mentorId, LocalDate period,
                       LocalDate dueOn) {
    }

    @Override
    public int remind(LocalDate today) {
        return monthly(today) + quarterly(today);
    }

    private int monthly(LocalDate today) {
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
                """, (rs, i) -> due(rs), reports.graceDays(), Date.valueOf(today));
        return notifyAll(due, today, NoticeKind.MONTHLY_REPORT_DUE, NoticeKind.MONTHLY_REPORT_OVERDUE,
                d -> "course:" + d.courseId() + ":monthly:" + d.period());
    }

    private int quarterly(LocalDate today) {
        Period reviewInterval = courses.reviewInterval();
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
        return notifyAll(due, today, NoticeKind.QUARTERLY_REPORT_DUE, NoticeKind.QUARTERLY_REPORT_OVERDUE,
                d -> "course:" + d.courseId() + ":quarterly:" + d.dueOn());
    }

    /** Each report due: of the kind {@code dueKind} until its due date, of {@code overdueKind} after it. */
    private int notifyAll(List<Due> due, LocalDate today, NoticeKind dueKind, NoticeKind overdueKind,
                          Function<Due, String> occasionKey) {
        int created = 0;
        for (Due d : due) {
            boolean overdue = today.isAfter(d.dueOn());
            created += notify(overdue ? overdueKind : dueKind, d, occasionKey.apply(d), overdue);
        }
        return created;
    }

    /** The mentor (on their own pages); when overdue also the responsible person (on the course's reports). */
    private int notify(NoticeKind kind, Due d, String key, boolean overdue) {
        String shown = DanishFormat.date(d.dueOn());
        int created = notifications.notify(new Occasion(kind, key, d.areaId(), d.courseId(),
                "/mine-forloeb/" + d.courseId(), shown), recipients.mentorUser(d.mentorId()));
        if (overdue) {
            created += notifications.notify(new Occasion(kind, key, d.areaId(), d.courseId(),
                    "/forloeb/" + d.courseId() + "/rapporter", shown), recipients.responsible(d.responsibleUserId()));
        }
        return created;
    }

    private static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Due(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate());
    }
}
