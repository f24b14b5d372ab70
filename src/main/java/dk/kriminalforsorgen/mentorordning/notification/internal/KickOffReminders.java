package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * C5 (§12): the kick-off of an active course is due {@code course.kick-off-within} after its start (as
 * {@code meeting.MeetingSchedule} has it). Due within {@code kick-off-soon-days} and due today: the responsible
 * person; overdue (the day after): the responsible person and the area's coordinators. The same shape as the C8
 * reminders; the occasion is the course and its due date. Reads {@code course_card} and the per-course summary
 * {@code course_duty_summary} (V702: the kick-off's date, kept by triggers), so one query over the active courses.
 */
@Component
class KickOffReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final Period kickOffWithin;

    KickOffReminders(JdbcTemplate jdbc, Notifications notifications, Recipients recipients,
                     NotificationProperties properties, CourseProperties courses) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
        this.kickOffWithin = courses.kickOffWithin();
    }

    private record Due(long courseId, Long areaId, Long responsibleUserId, LocalDate dueOn) {
    }

    @Override
    public int remind(LocalDate today) {
        List<Due> due = jdbc.query("""
                select c.id, c.area_id, c.responsible_user_id,
                       (c.start_date + make_interval(years => ?, months => ?, days => ?))::date as due_on
                from course_card c
                left join course_duty_summary s on s.course_id = c.id
                where c.state = 'ACTIVE' and c.start_date is not null and s.kick_off_on is null
                  and (c.start_date + make_interval(years => ?, months => ?, days => ?))::date <= ?
                order by c.id
                """, (rs, i) -> new Due(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getDate(4).toLocalDate()),
                kickOffWithin.getYears(), kickOffWithin.getMonths(), kickOffWithin.getDays(),
                kickOffWithin.getYears(), kickOffWithin.getMonths(), kickOffWithin.getDays(),
                Date.valueOf(today.plusDays(properties.kickOffSoonDays())));
        int created = 0;
        for (Due d : due) {
            NoticeKind kind = d.dueOn().isBefore(today) ? NoticeKind.KICK_OFF_OVERDUE
                    : d.dueOn().isEqual(today) ? NoticeKind.KICK_OFF_DUE_TODAY : NoticeKind.KICK_OFF_DUE_SOON;
            List<Long> to = kind == NoticeKind.KICK_OFF_OVERDUE
                    ? recipients.responsibleAndCoordinators(d.responsibleUserId(), d.areaId())
                    : recipients.responsible(d.responsibleUserId());
            created += notifications.notify(new Occasion(kind, "course:" + d.courseId() + ":kick-off:" + d.dueOn(),
                    d.areaId(), d.courseId(), "/forloeb/" + d.courseId(), DanishFormat.date(d.dueOn())), to);
        }
        return created;
    }
}
