package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;

/**
 * C5 (§12): the kick-off of an active course is due {@code course.kick-off-within} after its start (as
 * {@code meeting.MeetingSchedule} has it). Due within {@code kick-off-soon-days} and due today: the responsible
 * person; overdue (the day after): the responsible person and the area's coordinators. The same shape as the C8
 * reminders; the occasion is the course and its due date. Reads {@code course_card} and the per-course summary
 * {@code course_duty_summary} (V702: the kick-off's date, kept by triggers), so one query over the active courses.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KickOffReminders implements Reminder {

    private static final DueMeetingNotices.Kinds KICK_OFF = new DueMeetingNotices.Kinds(NoticeKind.KICK_OFF_DUE_SOON,
            NoticeKind.KICK_OFF_DUE_TODAY, NoticeKind.KICK_OFF_OVERDUE, "kick-off");

    private final DueMeetingNotices notices;
    private final NotificationProperties properties;
    private final CourseProperties courses;

    @Override
    public int remind(LocalDate today) {
        return notices.notifyDue("c.start_date", "c.start_date is not null and s.kick_off_on is null",
                courses.kickOffWithin(), properties.kickOffSoonDays(), today, KICK_OFF);
    }
}
