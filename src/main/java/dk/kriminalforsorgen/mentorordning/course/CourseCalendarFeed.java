package dk.kriminalforsorgen.mentorordning.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries.FeedCourse;
import dk.kriminalforsorgen.mentorordning.meeting.CalendarFiles;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlans;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * A personal calendar feed per user (issue 12), reached by a secret link without a session: the planned meetings and
 * the C5/C8 deadlines of the courses the user takes part in (as the responsible person or as the mentor), from 30 days
 * back to a year ahead. It names a course by its client's first name only. The link's token is random (256 bits) and
 * only its SHA-256 is stored; a user has at most one link, a new one replaces it, and revoking it makes the link
 * answer 404. Creating and revoking are audited.
 */
@Service
@Transactional
public class CourseCalendarFeed {

    static final String SUBJECT = "CALENDAR_FEED";
    /** At most this many courses and this many meetings in a feed: a bounded answer. */
    static final int COURSES = 200;
    static final int MEETINGS = 500;

    private final JdbcTemplate jdbc;
    private final CourseQueries queries;
    private final MeetingPlans plans;
    private final Meetings meetings;
    private final CourseCalendar calendar;
    private final AuditService audit;
    private final MessageSource messages;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CourseCalendarFeed(JdbcTemplate jdbc, CourseQueries queries, MeetingPlans plans, Meetings meetings,
                       CourseCalendar calendar, AuditService audit, MessageSource messages,
                       @Value("${mentorordning.notification.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.plans = plans;
        this.meetings = meetings;
        this.calendar = calendar;
        this.audit = audit;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Whether the user has a link now, and since when. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> linkSince(long userId) {
        return jdbc.queryForList("select created_at from calendar_feed_token where user_id = ?", Timestamp.class, userId)
                .stream().findFirst().map(Timestamp::toInstant);
    }

    /** A new secret link for the user (replacing any earlier one); the token is shown once and stored hashed. */
    public String newLink(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("""
                insert into calendar_feed_token (user_id, token_hash, created_at) values (?, ?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
                """, userId, hash(token), Timestamp.from(calendar.now()));
        audit.record("CALENDAR_FEED_CREATED", SUBJECT, userId, null);
        return token;
    }

    /** Revokes the user's link; returns whether there was one. */
    public boolean revoke(long userId) {
        boolean had = jdbc.update("delete from calendar_feed_token where user_id = ?", userId) > 0;
        if (had) {
            audit.record("CALENDAR_FEED_REVOKED", SUBJECT, userId, null);
        }
        return had;
    }

    /** The feed's address for a token. */
    public String url(String token) {
        return baseUrl + "/kalender/feed/" + token + ".ics";
    }

    /** The iCalendar text of the feed of the token's user; empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        List<Long> users = jdbc.queryForList("select user_id from calendar_feed_token where token_hash = ?", Long.class,
                hash(token));
        return users.stream().findFirst().map(this::feedOf);
    }

    private String feedOf(long userId) {
        LocalDate today = calendar.today();
        LocalDate from = today.minusDays(30);
        LocalDate to = today.plusYears(1);
        List<FeedCourse> courses = queries.feedCourses(userId, COURSES);
        List<CalendarFiles.FeedEntry> entries = new ArrayList<>();
        java.util.Map<Long, FeedCourse> byId = new java.util.HashMap<>();
        courses.forEach(c -> byId.put(c.id(), c));
        for (MeetingPlan plan : plans.plannedIn(byId.keySet(), from, to, MEETINGS)) {
            FeedCourse course = byId.get(plan.getCourseId());
            entries.add(new CalendarFiles.PlannedEntry(plan, new CalendarFiles.Texts(
                    text("meeting.invite.summary." + plan.getKind().name(), course.clientFirstName()), null,
                    link(course))));
        }
        MeetingSchedule schedule = calendar.schedule();
        for (FeedCourse course : courses) {
            if (course.state() != CourseState.ACTIVE || course.startDate() == null) {
                continue;
            }
            MeetingSchedule.Due due = schedule.nextDue(course.startDate(), meetings.of(course.id()));
            if (due.dueOn().isBefore(from) || due.dueOn().isAfter(to)) {
                continue;
            }
            entries.add(new CalendarFiles.DeadlineEntry("deadline-" + course.id() + "-" + due.kind() + "-" + due.dueOn()
                    + "@mentorordning.kriminalforsorgen.dk", due.dueOn(), new CalendarFiles.Texts(
                    text("calendar.feed.deadline." + due.kind().name(), course.clientFirstName()), null, link(course))));
        }
        return CalendarFiles.feed(text("calendar.feed.name"), entries, calendar.now());
    }

    /** The course page for its responsible person, the mentor's own page of the course for the mentor. */
    private String link(FeedCourse course) {
        return baseUrl + (course.responsible() ? "/forloeb/" : "/mine-forloeb/") + course.id();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
