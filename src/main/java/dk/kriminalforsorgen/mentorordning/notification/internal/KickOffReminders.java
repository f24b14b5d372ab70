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
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;

/**
 * C5 (§12): the kick-off of an active course is due {@code course.kick-off-within} after its start (as
 * {@code meeting.MeetingSchedule} has it). Due within {@code kick-off-soon-days} and due today: the responsible
 * person; overdue (the day after): the responsible person and the area's coordinators. The same shape as the C8
 * reminders; the occasion is the course and its due date. Reads {@code course_card} and the per-course summary
 * {@code course_duty_summary} (V702: the kick-off's date, kept by triggers), so one query over the active courses.
 */
@Component
class KickOffReminders implements Reminder {

    private static final DueMeetingNotices.Kinds KICK_OFF = new DueMeetingNotices.Kinds(NoticeKind.KICK_OFF_DUE_SOON,
            NoticeKind.KICK_OFF_DUE_TODAY, NoticeKind.KICK_OFF_OVERDUE, "kick-off");

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final Period kickOffWithin;

    KickOffReminders(JdbcTemplate jdbc, NotificationProperties properties, CourseProperties courses) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.kickOffWithin = courses.kickOffWithin();
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        List<DueMeetingNotices.DueMeeting> due = jdbc.query("""
                select c.id, c.area_id, c.responsible_user_id,
                       (c.start_date + make_interval(years => ?, months => ?, days => ?))::date as due_on
                from course_card c
                left join course_duty_summary s on s.course_id = c.id
                where c.state = 'ACTIVE' and c.start_date is not null and s.kick_off_on is null
                  and (c.start_date + make_interval(years => ?, months => ?, days => ?))::date <= ?
                order by c.id
                """, (rs, i) -> new DueMeetingNotices.DueMeeting(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getDate(4).toLocalDate()),
                kickOffWithin.getYears(), kickOffWithin.getMonths(), kickOffWithin.getDays(),
                kickOffWithin.getYears(), kickOffWithin.getMonths(), kickOffWithin.getDays(),
                Date.valueOf(today.plusDays(properties.kickOffSoonDays())));
        return DueMeetingNotices.deliveries(due, today, KICK_OFF, people);
    }
}
