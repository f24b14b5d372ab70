package dk.kriminalforsorgen.mentorordning.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * Records notices and queues their e-mails (issue 11). {@link #notify} joins the caller's transaction: the notices,
 * their e-mails in the outbox ({@code notice_mail}) and the audit rows are written together or not at all. A notice
 * is created once per kind, person and occasion (the unique key {@code notice_once}): the same occasion again (an
 * event redelivered after a restart, the daily job run twice or on two instances) creates nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {

    static final String SUBJECT = "notice";
    /**
     * Issue 14: what the stored body of an e-mail with a one-time link holds instead of the link's secret; the
     * sender puts the secret ({@code notice_mail.secret}) in its place when it sends, then clears the column.
     */
    public static final String SECRET_PLACEHOLDER = "[engangsnøgle]";
    /** The kinds shown in the application (all but the e-mail-only ones), as an SQL condition on {@code kind}. */
    private static final String IN_APP = " kind in (" + java.util.Arrays.stream(NoticeKind.values())
            .filter(NoticeKind::inApp).map(kind -> "'" + kind.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ")) + ")";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final AuditService audit;
    private final NotificationProperties properties;
    private final Clock clock;
    private final UnreadCounts unreadCounts = new UnreadCounts();

    /** One notice as its recipient sees it. */
    public record Notice(long id, NoticeKind kind, String text, String link, Instant createdAt, boolean read) {
    }

    /**
     * The occasion of a notice: its kind, to whom, about what (an id and a key that makes the occasion unique, e.g.
     * the report id or the due date), where it leads, and at most a date to show. Never a name, CPR or report text.
     */
    public record Occasion(NoticeKind kind, String key, Long areaId, Long courseId, String link, String detail) {
    }

    /** One notice to create: the occasion, to whom, and the lines its e-mail lists after the notice's text. */
    public record Delivery(Occasion occasion, long recipientUserId, List<String> mailLines) {

        public Delivery(Occasion occasion, long recipientUserId) {
            this(occasion, recipientUserId, List.of());
        }
    }

    /**
     * Creates the notice of {@code occasion} for each recipient who does not have it yet, with its e-mail for those
     * who have an address and have not turned the kind off. Returns the number of notices created.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int notify(Occasion occasion, Collection<Long> recipientUserIds) {
        return notify(occasion, recipientUserIds, List.of());
    }

    /**
     * As {@link #notify(Occasion, Collection)}, with lines the e-mail lists after the notice's text (the weekly
     * digest's most urgent items: what, when and a link; never a name, CPR or report text).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int notify(Occasion occasion, Collection<Long> recipientUserIds, List<String> mailLines) {
        return notifyAll(recipientUserIds.stream().filter(java.util.Objects::nonNull)
                .map(recipient -> new Delivery(occasion, recipient, mailLines)).toList());
    }

    /**
     * Issue 10: creates the notices of many occasions at once (a daily job's reminders of one kind), each once per
     * kind, person and occasion as {@link #notify}, in a fixed number of statements however many there are: the
     * notices in one insert (those that exist already are skipped by the unique key), their audit rows in one, the
     * recipients' addresses and e-mail choices in one query, the e-mails in one insert and their audit rows in one.
     * Returns the number of notices created.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int notifyAll(Collection<Delivery> deliveries) {
        Map<String, Delivery> unique = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            unique.putIfAbsent(onceKey(delivery.occasion().kind().name(), delivery.recipientUserId(),
                    delivery.occasion().key()), delivery);
        }
        if (unique.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<Delivery> all = new ArrayList<>(unique.values());
        Map<Long, Delivery> created = new LinkedHashMap<>();
        jdbc.query("""
                insert into notice (kind, recipient_user_id, occasion, area_id, course_id, link, detail, created_at)
                select n.kind, n.recipient, n.occasion, n.area_id, n.course_id, n.link, n.detail, ?
                from unnest(cast(? as varchar[]), cast(? as bigint[]), cast(? as varchar[]), cast(? as bigint[]),
                            cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]))
                     with ordinality as n(kind, recipient, occasion, area_id, course_id, link, detail, ord)
                order by n.ord
                on conflict on constraint notice_once do nothing
                returning id, kind, recipient_user_id, occasion
                """, rs -> {
            created.put(rs.getLong(1), unique.get(onceKey(rs.getString(2), rs.getLong(3), rs.getString(4))));
        }, Timestamp.from(now), column(all, d -> d.occasion().kind().name(), String[]::new),
                column(all, Delivery::recipientUserId, Long[]::new), column(all, d -> d.occasion().key(), String[]::new),
                column(all, d -> d.occasion().areaId(), Long[]::new), column(all, d -> d.occasion().courseId(), Long[]::new),
                column(all, d -> d.occasion().link(), String[]::new), column(all, d -> d.occasion().detail(), String[]::new));
        if (created.isEmpty()) {
            return 0;
        }
        // the ids in the order of the deliveries, as one insert after the other would have numbered them
        List<Map.Entry<Long, Delivery>> inOrder = created.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        inOrder.forEach(e -> unreadCounts.changed(e.getValue().recipientUserId()));
        audit.recordAll("NOTICE_CREATED", SUBJECT, inOrder.stream().map(e -> new AuditService.Entry(e.getKey(),
                e.getValue().occasion().kind().name() + " to user " + e.getValue().recipientUserId() + " ("
                + e.getValue().occasion().key() + ")")).toList());
        queueMails(inOrder, now);
        return created.size();
    }

    private static String onceKey(String kind, long recipient, String occasion) {
        return kind + '\u0000' + recipient + '\u0000' + occasion;
    }

    private static <T> T[] column(List<Delivery> deliveries, java.util.function.Function<Delivery, ? extends T> value,
                                  java.util.function.IntFunction<T[]> array) {
        return deliveries.stream().map(value).toArray(array);
    }

    /** The e-mails of the created notices ({@code id -> delivery}) whose recipients have an address and want it. */
    private void queueMails(List<Map.Entry<Long, Delivery>> notices, Instant now) {
        Map<Long, String> addresses = new HashMap<>();
        Map<Long, Set<String>> turnedOff = new HashMap<>();
        jdbc.query("""
                select s.id, s.email, array(select p.kind from notice_preference p where p.user_id = s.id and not p.email)
                from staff_card s
                where s.id = any(cast(? as bigint[])) and s.enabled and s.email is not null
                """, rs -> {
            addresses.put(rs.getLong(1), rs.getString(2));
            turnedOff.put(rs.getLong(1), Set.of((String[]) rs.getArray(3).getArray()));
        }, (Object) notices.stream().map(e -> e.getValue().recipientUserId()).distinct().toArray(Long[]::new));
        List<Long> ids = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<AuditService.Entry> queued = new ArrayList<>();
        for (Map.Entry<Long, Delivery> notice : notices) {
            Delivery delivery = notice.getValue();
            NoticeKind kind = delivery.occasion().kind();
            String address = addresses.get(delivery.recipientUserId());
            if (address == null || !kind.mandatory() && turnedOff.get(delivery.recipientUserId()).contains(kind.name())) {
                continue;
            }
            ids.add(notice.getKey());
            to.add(address);
            subjects.add(title(kind, delivery.occasion().detail()));
            bodies.add(mailBody(delivery.occasion(), delivery.mailLines()));
            queued.add(new AuditService.Entry(notice.getKey(), kind.name() + " to user " + delivery.recipientUserId()));
        }
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into notice_mail (notice_id, to_address, subject, body, next_attempt_at, created_at)
                select m.notice_id, m.to_address, m.subject, m.body, ?, ?
                from unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as text[]))
                     with ordinality as m(notice_id, to_address, subject, body, ord)
                order by m.ord
                """, Timestamp.from(now), Timestamp.from(now), ids.toArray(Long[]::new), to.toArray(String[]::new),
                subjects.toArray(String[]::new), bodies.toArray(String[]::new));
        audit.recordAll("NOTICE_MAIL_QUEUED", SUBJECT, queued);
    }

    /**
     * Issue 14: the e-mail of a one-time invitation link ({@link NoticeKind#ACCOUNT_INVITATION}) to the invited
     * user's own address, queued in the caller's transaction; nothing when the user has no address or is disabled
     * (the link was shown for hand-over). The notice is e-mail only; once per invitation. The stored body has
     * {@link #SECRET_PLACEHOLDER} where the token goes: the token is kept apart ({@code notice_mail_secret}, V041) only until
     * the e-mail is sent or given up, so the outbox the directorate reads never shows a usable link. Returns whether
     * an e-mail was queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mailInvitation(long recipientUserId, long invitationId, String linkPrefix, String token,
                                  Instant expiresAt) {
        supersedeInvitationMails(recipientUserId);
        String expires = DanishFormat.dateTime(expiresAt);
        Occasion occasion = new Occasion(NoticeKind.ACCOUNT_INVITATION, "invitation:" + invitationId, null, null,
                linkPrefix + SECRET_PLACEHOLDER, null);
        Instant now = Instant.now(clock);
        List<Long> ids = jdbc.queryForList("""
                insert into notice (kind, recipient_user_id, occasion, link, created_at, read_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict on constraint notice_once do nothing
                returning id
                """, Long.class, occasion.kind().name(), recipientUserId, occasion.key(), occasion.link(),
                Timestamp.from(now), Timestamp.from(now));
        if (ids.isEmpty()) {
            return false;
        }
        long noticeId = ids.get(0);
        audit.record("NOTICE_CREATED", SUBJECT, noticeId,
                occasion.kind().name() + " to user " + recipientUserId + " (" + occasion.key() + ")");
        String body = messages.getMessage("notice.ACCOUNT_INVITATION.mail",
                new Object[] {properties.baseUrl() + occasion.link(), expires}, DanishFormat.DANISH);
        return queueMail(noticeId, occasion, recipientUserId, now, body, token);
    }

    /**
     * A newer invitation revokes the earlier links: their e-mails not sent yet are given up (they would carry a dead
     * link) and their secrets deleted at once. Audited like a failed send.
     */
    private void supersedeInvitationMails(long recipientUserId) {
        jdbc.update("""
                delete from notice_mail_secret s using notice n
                where s.notice_id = n.id and n.kind = ? and n.recipient_user_id = ?
                """, NoticeKind.ACCOUNT_INVITATION.name(), recipientUserId);
        List<Long> given = jdbc.queryForList("""
                update notice_mail m set status = 'FAILED', last_error = 'superseded by a newer invitation'
                from notice n
                where n.id = m.notice_id and n.kind = ? and n.recipient_user_id = ? and m.status = 'PENDING'
                returning m.notice_id
                """, Long.class, NoticeKind.ACCOUNT_INVITATION.name(), recipientUserId);
        for (Long noticeId : given) {
            audit.record("NOTICE_MAIL_FAILED", SUBJECT, noticeId, "superseded by a newer invitation");
        }
    }

    private String mailBody(Occasion occasion, List<String> lines) {
        String title = title(occasion.kind(), occasion.detail());
        String text = lines.isEmpty() ? title : title + "\n\n" + String.join("\n", lines);
        return messages.getMessage("notice.mail.body", new Object[] {text, properties.baseUrl() + occasion.link()},
                DanishFormat.DANISH);
    }

    private boolean queueMail(long noticeId, Occasion occasion, long recipient, Instant now, String body, String secret) {
        List<String> addresses = jdbc.queryForList("""
                select s.email from staff_card s
                where s.id = ? and s.enabled and s.email is not null
                  and (? or not exists (select 1 from notice_preference p
                                        where p.user_id = s.id and p.kind = ? and not p.email))
                """, String.class, recipient, occasion.kind().mandatory(), occasion.kind().name());
        if (addresses.isEmpty()) {
            return false;
        }
        jdbc.update("""
                insert into notice_mail (notice_id, to_address, subject, body, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """, noticeId, addresses.get(0), title(occasion.kind(), occasion.detail()), body,
                Timestamp.from(now), Timestamp.from(now));
        if (secret != null) {
            jdbc.update("insert into notice_mail_secret (notice_id, secret, created_at) values (?, ?, ?)", noticeId,
                    secret, Timestamp.from(now));
        }
        audit.record("NOTICE_MAIL_QUEUED", SUBJECT, noticeId, occasion.kind().name() + " to user " + recipient);
        return true;
    }

    /**
     * Queues an e-mail with an iCalendar part (a meeting invitation, issue 12) to an address that need not be a user's,
     * once per {@code key}: the same key again queues nothing (false). Audited like a notice's e-mail.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean queueCalendarMail(String key, String address, String subject, String body, String calendar) {
        Instant now = Instant.now(clock);
        List<Long> ids = jdbc.queryForList("""
                insert into invitation_mail (mail_key, to_address, subject, body, calendar, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (mail_key) do nothing
                returning id
                """, Long.class, key, address, abbreviate(subject, 200), body, calendar, Timestamp.from(now),
                Timestamp.from(now));
        if (ids.isEmpty()) {
            return false;
        }
        audit.record("INVITATION_MAIL_QUEUED", "invitation_mail", ids.get(0), key.replaceAll(":[^:]*@.*$", ""));
        return true;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * The notice's Danish text: the kind's title with its detail, if any: a date as shown, or the key of a word in
     * the bundle ({@code notice.…}, e.g. an outcome).
     */
    public String title(NoticeKind kind, String detail) {
        String shown = detail == null ? "" : detail.startsWith("notice.")
                ? messages.getMessage(detail, null, DanishFormat.DANISH) : detail;
        return messages.getMessage(kind.titleKey(), new Object[] {shown}, DanishFormat.DANISH);
    }

    /** The latest notices of a user, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> of(long userId, int limit) {
        return jdbc.query("""
                select id, kind, detail, link, created_at, read_at from notice
                where recipient_user_id = ? and """ + IN_APP + """
                order by created_at desc, id desc limit ?
                """, (rs, i) -> {
            NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
            return new Notice(rs.getLong("id"), kind, title(kind, rs.getString("detail")), rs.getString("link"),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
        }, userId, limit);
    }

    /**
     * How many of a user's notices are unread (the header's count); at most {@link UnreadCounts#FRESH_FOR} old for
     * changes made on another instance. One statement, no transaction of its own.
     */
    public long unread(long userId) {
        return unreadCounts.of(userId, () -> {
            Long count = jdbc.queryForObject("select count(*) from notice where recipient_user_id = ? and read_at is null and "
                    + IN_APP, Long.class, userId);
            return count == null ? 0 : count;
        });
    }

    /** Marks one of the user's own notices read; another user's notice is not touched (false). */
    @Transactional
    public boolean markRead(long userId, long noticeId) {
        int changed = jdbc.update("update notice set read_at = ? where id = ? and recipient_user_id = ? and read_at is null",
                Timestamp.from(Instant.now(clock)), noticeId, userId);
        unreadCounts.changed(userId);
        if (changed > 0) {
            audit.record("NOTICE_READ", SUBJECT, noticeId, null);
        }
        return changed > 0;
    }

    /** Marks all of the user's notices read; returns how many. */
    @Transactional
    public int markAllRead(long userId) {
        int changed = jdbc.update("update notice set read_at = ? where recipient_user_id = ? and read_at is null",
                Timestamp.from(Instant.now(clock)), userId);
        unreadCounts.changed(userId);
        if (changed > 0) {
            audit.record("NOTICE_ALL_READ", "user", userId, changed + " notices");
        }
        return changed;
    }

    /** A user's choice of e-mail per kind: on unless turned off; a mandatory kind is always on. */
    @Transactional(readOnly = true)
    public Map<NoticeKind, Boolean> emailChoices(long userId) {
        Map<NoticeKind, Boolean> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind != NoticeKind.WEEKLY_DIGEST && kind.inApp()) {
                choices.put(kind, true);
            }
        }
        jdbc.query("select kind, email from notice_preference where user_id = ? and kind <> ?", rs -> {
            NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
            if (choices.containsKey(kind)) {
                choices.put(kind, kind.mandatory() || rs.getBoolean("email"));
            }
        }, userId, NoticeKind.WEEKLY_DIGEST.name());
        return choices;
    }

    /**
     * Whether the user gets the weekly digest (on unless turned off). Unlike the other kinds, turning the digest off
     * stops it altogether, in the application too: it only repeats what the start page shows.
     */
    @Transactional(readOnly = true)
    public boolean digestOn(long userId) {
        return jdbc.queryForList("select email from notice_preference where user_id = ? and kind = ?", Boolean.class,
                userId, NoticeKind.WEEKLY_DIGEST.name()).stream().findFirst().orElse(true);
    }

    /** Turns the user's weekly digest on or off. Audited. */
    @Transactional
    public void chooseDigest(long userId, boolean on) {
        jdbc.update("""
                insert into notice_preference (user_id, kind, email) values (?, ?, ?)
                on conflict (user_id, kind) do update set email = excluded.email
                """, userId, NoticeKind.WEEKLY_DIGEST.name(), on);
        audit.record("NOTICE_DIGEST_CHOSEN", "user", userId, on ? "weekly digest on" : "weekly digest off");
    }

    /** Sets the user's e-mail choices: e-mail for the kinds in {@code emailOn}; a mandatory kind stays on. Audited. */
    @Transactional
    public void chooseEmail(long userId, Set<NoticeKind> emailOn) {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.choosable()) {
                continue;
            }
            jdbc.update("""
                    insert into notice_preference (user_id, kind, email) values (?, ?, ?)
                    on conflict (user_id, kind) do update set email = excluded.email
                    """, userId, kind.name(), emailOn.contains(kind));
        }
        audit.record("NOTICE_PREFERENCES_CHANGED", "user", userId, "e-mail on: " + emailOn);
    }

    /** One queued e-mail, as the directorate reads the outbox. */
    public record QueuedMail(long id, String to, String subject, String body, String status, int attempts,
                             Instant createdAt, Instant sentAt, String lastError) {
    }

    /**
     * The latest queued e-mails, newest first: what was sent, what failed, and (without an SMTP server) what would
     * have been sent; the notices' e-mails and the meetings' calendar invitations (issue 12, {@code invitation_mail},
     * shown without their calendar part). The e-mails hold no client data; reading the outbox is audited all the same.
     */
    @Transactional
    public List<QueuedMail> outbox(int limit) {
        audit.record("NOTICE_OUTBOX_READ", "notice_mail", null, null);
        return jdbc.query("""
                select * from (
                    (select id, to_address, subject, body, status, attempts, created_at, sent_at, last_error
                     from notice_mail order by created_at desc, id desc limit ?)
                    union all
                    (select id, to_address, subject, body, status, attempts, created_at, sent_at, last_error
                     from invitation_mail order by created_at desc, id desc limit ?)
                ) mail order by created_at desc, id desc limit ?
                """, (rs, i) -> new QueuedMail(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                rs.getString("last_error")), limit, limit, limit);
    }
}
