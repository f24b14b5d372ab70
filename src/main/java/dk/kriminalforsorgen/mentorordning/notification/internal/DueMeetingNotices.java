package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * The shape the C5 kick-off and the C8 review reminders share: a meeting due within some days or today tells the
 * responsible person; overdue (the day after its due day) also the area's coordinators. The occasion is the course,
 * the meeting and its due date, so a repeated run makes no second notice and a new due date makes a new one.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DueMeetingNotices {

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Recipients recipients;

    /** A meeting of an active course that falls due: the course, its area and responsible person, the due day. */
    record DueMeeting(long courseId, Long areaId, Long responsibleUserId, LocalDate dueOn) {
    }

    /** The three kinds of notice of one meeting (due soon, due today, overdue) and its name in the occasion. */
    record Kinds(NoticeKind soon, NoticeKind today, NoticeKind overdue, String occasionName) {
    }

    /**
     * Notifies the meetings of the active courses that fall due within {@code soonDays} of today, or are overdue:
     * due {@code interval} after the date {@code base}, for the courses {@code pending} selects (both SQL over
     * {@code course_card c} and its summary {@code course_duty_summary s}, V702). One query; returns the number of
     * notices created.
     */
    int notifyDue(String base, String pending, Period interval, int soonDays, LocalDate today, Kinds kinds) {
        String dueOn = "(%s + make_interval(0, ?, 0, ?))::date".formatted(base);
        int months = (int) interval.toTotalMonths();
        List<DueMeeting> due = jdbc.query("""
                select c.id, c.area_id, c.responsible_user_id, %1$s as due_on
                from course_card c
                left join course_duty_summary s on s.course_id = c.id
                where c.state = 'ACTIVE' and %2$s and %1$s <= ?
                order by c.id
                """.formatted(dueOn, pending), (rs, i) -> new DueMeeting(rs.getLong("id"),
                        (Long) rs.getObject("area_id"), (Long) rs.getObject("responsible_user_id"),
                        rs.getDate("due_on").toLocalDate()),
                months, interval.getDays(), months, interval.getDays(), Date.valueOf(today.plusDays(soonDays)));
        return notify(due, today, kinds);
    }

    /** Notifies each due meeting once; returns the number of notices created. */
    private int notify(List<DueMeeting> due, LocalDate today, Kinds kinds) {
        int created = 0;
        for (DueMeeting meeting : due) {
            NoticeKind kind = meeting.dueOn().isBefore(today) ? kinds.overdue()
                    : meeting.dueOn().isEqual(today) ? kinds.today() : kinds.soon();
            List<Long> to = kind == kinds.overdue()
                    ? recipients.responsibleAndCoordinators(meeting.responsibleUserId(), meeting.areaId())
                    : recipients.responsible(meeting.responsibleUserId());
            created += notifications.notify(new Occasion(kind,
                    "course:" + meeting.courseId() + ":" + kinds.occasionName() + ":" + meeting.dueOn(),
                    meeting.areaId(), meeting.courseId(), "/forloeb/" + meeting.courseId(),
                    DanishFormat.date(meeting.dueOn())), to);
        }
        return created;
    }
}
