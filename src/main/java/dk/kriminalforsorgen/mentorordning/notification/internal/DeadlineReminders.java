package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The daily deadline reminders, run once across instances (ShedLock) on the day of the injected clock. Each
 * reminder's occasion is the course and its due date, so a run repeated the same day, or the next day, creates no
 * second notice for the same deadline; a new meeting moves the due date and so makes a new occasion.
 * <p>
 * C8 (§13 stk. 3-4): the next review of an active course is due {@code review-interval} after its latest meeting
 * (from the per-course summary {@code course_duty_summary}, V702, kept by triggers from the meetings; the course's
 * people from {@code course_card}). Due within {@code review-soon-days}: the responsible person; due today: the
 * responsible person; overdue: the responsible person and the area's coordinators.
 * <p>
 * The other deadlines are each a {@link Reminder} (C5 kick-off, S1/S3 reports, sign-off, M8 cases at the
 * directorate, expiring vetting, E9 offers), run here in the same transaction.
 */
@Component
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private static final DueMeetingNotices.Kinds REVIEW = new DueMeetingNotices.Kinds(NoticeKind.REVIEW_DUE_SOON,
            NoticeKind.REVIEW_DUE_TODAY, NoticeKind.REVIEW_OVERDUE, "review");

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final Period reviewInterval;
    private final Clock clock;
    private final List<Reminder> others;

    DeadlineReminders(JdbcTemplate jdbc, Notifications notifications, Recipients recipients,
                      NotificationProperties properties, CourseProperties courses, Clock clock, List<Reminder> others) {
        this.others = others;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.recipients = recipients;
        this.properties = properties;
        this.reviewInterval = courses.reviewInterval();
        this.clock = clock;
    }

    @Scheduled(cron = "${mentorordning.notification.reminder-cron}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void daily() {
        int created = run();
        log.info("Issue 11: deadline reminders done, notices created={}", created);
    }

    /**
     * Every reminder due today; returns the number of notices created. Issue 10: the recipients are read once for
     * the run and each reminder's notices are created together, so a run is a few statements per reminder whatever
     * the number of courses.
     */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Recipients.Directory people = recipients.directory();
        int created = notifications.notifyAll(reviews(today, people));
        for (Reminder reminder : others) {
            created += notifications.notifyAll(reminder.due(today, people));
        }
        forgetPurged();
        return created;
    }

    private List<Delivery> reviews(LocalDate today, Recipients.Directory people) {
        List<DueMeetingNotices.DueMeeting> due = jdbc.query("""
                select c.id, c.area_id, c.responsible_user_id,
                       (d.latest_meeting_on + make_interval(0, ?, 0, ?))::date as due_on
                from course_card c
                join course_duty_summary d on d.course_id = c.id
                where c.state = 'ACTIVE' and d.kick_off_on is not null
                  and (d.latest_meeting_on + make_interval(0, ?, 0, ?))::date <= ?
                order by c.id
                """, (rs, i) -> new DueMeetingNotices.DueMeeting(rs.getLong("id"), (Long) rs.getObject("area_id"),
                        (Long) rs.getObject("responsible_user_id"), rs.getDate("due_on").toLocalDate()),
                (int) reviewInterval.toTotalMonths(), reviewInterval.getDays(),
                (int) reviewInterval.toTotalMonths(), reviewInterval.getDays(),
                Date.valueOf(today.plusDays(properties.reviewSoonDays())));
        return DueMeetingNotices.deliveries(due, today, REVIEW, people);
    }

    /**
     * DP4: the notices of a course or a client that the retention purge has removed go with them (they only named
     * the course, or, for a missing offer (E9), the client in their occasion {@code client:<id>:offer:<day>}).
     */
    private void forgetPurged() {
        jdbc.update("""
                delete from notice n where n.course_id is not null
                  and not exists (select 1 from course_card c where c.id = n.course_id)
                """);
        jdbc.update("""
                delete from notice n where n.kind = 'OFFER_MISSING'
                  and not exists (select 1 from client_card c where c.id = split_part(n.occasion, ':', 2)::bigint)
                """);
    }
}
