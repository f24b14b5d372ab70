package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The weekly digest (issue 11): once a week (once across instances, ShedLock) each enabled caseworker and
 * coordinator who has not turned it off gets one notice of what is due: counts and the most urgent items, each with
 * a link (in the e-mail; the notice itself leads to the start page, which lists them all). A caseworker's digest
 * covers the active courses they are responsible for, a coordinator's those of their area and the area's clients
 * whose offer (E9) is due. Nothing due: no digest. Once per person and ISO week.
 * <p>
 * What is due is read as the reminders read it, from {@code course_card}, {@code course_duty_summary},
 * {@code status_report_card} and {@code client_offer_due_card}, grouped in SQL per responsible person and per area:
 * a few queries for the whole country, not one per person. The items name the course by its number and what is due
 * by when: no client name, no CPR, no report text.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    /** What an item is; the Danish words are {@code notice.WEEKLY_DIGEST.item.<What>}. */
    enum What { KICK_OFF, REVIEW, REPORT_OVERDUE, SIGN_OFF, OFFER }

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final NotificationProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final CourseProperties courses;
    private final ReportProperties reports;

    @Scheduled(cron = "${mentorordning.notification.digest-cron}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void weekly() {
        int created = run();
        log.info("Issue 11: weekly digest done, notices created={}", created);
    }

    private record Item(long courseId, What what, LocalDate dueOn) {
    }

    /** One person's digest: the counts per kind of item and the most urgent items. */
    private static final class Digest {
        final Map<What, Integer> counts = new EnumMap<>(What.class);
        final List<Item> top = new ArrayList<>();

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The digests of this week; returns the number of notices created. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Digest> byResponsible = digests("responsible_user_id", today);
        Map<Long, Digest> byArea = digests("area_id", today);
        jdbc.query("select area_id, count(*) from client_offer_due_card group by area_id", rs -> {
            byArea.computeIfAbsent(rs.getLong(1), a -> new Digest()).counts.put(What.OFFER, rs.getInt(2));
        });
        String week = "digest:" + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Delivery> deliveries = new ArrayList<>();
        for (Map<String, Object> user : jdbc.queryForList("""
                select s.id, s.role, s.area_id from staff_card s
                where s.enabled and s.role in ('CASEWORKER', 'COORDINATOR')
                  and not exists (select 1 from notice_preference p
                                  where p.user_id = s.id and p.kind = 'WEEKLY_DIGEST' and not p.email)
                order by s.id
                """)) {
            long userId = ((Number) user.get("id")).longValue();
            Long areaId = user.get("area_id") == null ? null : ((Number) user.get("area_id")).longValue();
            Digest digest = "COORDINATOR".equals(user.get("role")) ? byArea.get(areaId) : byResponsible.get(userId);
            if (digest == null || digest.total() == 0) {
                continue;
            }
            deliveries.add(new Delivery(new Occasion(NoticeKind.WEEKLY_DIGEST, week, areaId, null, "/", summary(digest)),
                    userId, lines(digest)));
        }
        return notifications.notifyAll(deliveries);
    }

    /**
     * The items due per owner (the responsible person or the area): the active courses' kick-off due within
     * {@code kick-off-soon-days} or overdue (C5), review due within {@code review-soon-days} or overdue (C8), an overdue
     * monthly or quarterly report (S1, S3), and the submitted reports waiting for sign-off (DOMAIN §9).
     */
    private Map<Long, Digest> digests(String owner, LocalDate today) {
        String items = """
                with due as (
                    select c.id, c.%1$s as owner,
                           case when s.kick_off_on is null and c.start_date is not null
                                then (c.start_date + make_interval(years => ?, months => ?, days => ?))::date end as kick_off_due,
                           case when s.kick_off_on is not null
                                then (s.latest_meeting_on + make_interval(years => ?, months => ?, days => ?))::date end as review_due,
                           least(case when c.start_date is not null and s.first_open_month is not null
                                      then (s.first_open_month + interval '1 month' - interval '1 day')::date + ? end,
                                 case when s.kick_off_on is not null
                                           and (s.latest_quarterly_on is null or s.latest_quarterly_on < s.latest_meeting_on)
                                      then (s.latest_meeting_on + make_interval(years => ?, months => ?, days => ?))::date end)
                               as report_due
                    from course_card c
                    left join course_duty_summary s on s.course_id = c.id
                    where c.state = 'ACTIVE' and c.%1$s is not null
                ), items as (
                    select owner, id, 'KICK_OFF' as what, kick_off_due as due_on from due where kick_off_due <= ?
                    union all
                    select owner, id, 'REVIEW', review_due from due where review_due <= ?
                    union all
                    select owner, id, 'REPORT_OVERDUE', report_due from due where report_due < ?
                    union all
                    select c.%1$s, c.id, 'SIGN_OFF', r.delivered_on
                    from status_report_card r join course_card c on c.id = r.course_id
                    where r.status = 'SUBMITTED' and c.%1$s is not null
                )
                """.formatted(owner);
        Period kickOffWithin = courses.kickOffWithin();
        Period reviewInterval = courses.reviewInterval();
        Object[] args = {kickOffWithin.getYears(), kickOffWithin.getMonths(), kickOffWithin.getDays(),
                reviewInterval.getYears(), reviewInterval.getMonths(), reviewInterval.getDays(), reports.graceDays(),
                reviewInterval.getYears(), reviewInterval.getMonths(), reviewInterval.getDays(),
                Date.valueOf(today.plusDays(properties.kickOffSoonDays())),
                Date.valueOf(today.plusDays(properties.reviewSoonDays())), Date.valueOf(today)};
        Map<Long, Digest> digests = new HashMap<>();
        jdbc.query(items + "select owner, what, count(*) from items group by owner, what", rs -> {
            digests.computeIfAbsent(rs.getLong(1), o -> new Digest()).counts.put(What.valueOf(rs.getString(2)),
                    rs.getInt(3));
        }, args);
        Object[] topArgs = java.util.Arrays.copyOf(args, args.length + 1);
        topArgs[args.length] = properties.digestItems();
        jdbc.query(items + """
                select owner, id, what, due_on from (
                    select owner, id, what, due_on,
                           row_number() over (partition by owner order by due_on, id, what) as n
                    from items) ranked
                where n <= ? order by owner, n
                """, rs -> {
            digests.computeIfAbsent(rs.getLong(1), o -> new Digest()).top.add(
                    new Item(rs.getLong(2), What.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()));
        }, topArgs);
        return digests;
    }

    /** The notice's detail: the counts in Danish (at most 100 characters, the notice's column). */
    private String summary(Digest digest) {
        List<String> parts = new ArrayList<>();
        digest.counts.forEach((what, count) -> {
            if (count > 0) {
                parts.add(message("notice.WEEKLY_DIGEST.count." + what.name(), count));
            }
        });
        String summary = String.join(", ", parts);
        return summary.length() <= 100 ? summary : summary.substring(0, 99) + "…";
    }

    /** The e-mail's lines: the most urgent items, each with its link. */
    private List<String> lines(Digest digest) {
        List<String> lines = new ArrayList<>();
        for (Item item : digest.top) {
            String link = properties.baseUrl() + "/forloeb/" + item.courseId()
                    + (item.what() == What.SIGN_OFF || item.what() == What.REPORT_OVERDUE ? "/rapporter" : "");
            lines.add(message("notice.WEEKLY_DIGEST.item." + item.what().name(), String.valueOf(item.courseId()),
                    DanishFormat.date(item.dueOn()), link));
        }
        return lines;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
