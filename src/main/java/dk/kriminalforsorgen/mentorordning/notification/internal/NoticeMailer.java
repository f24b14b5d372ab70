package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Sends the queued e-mails ({@code notice_mail}) through Spring Mail, once: the job runs on one instance at a time
 * (ShedLock), and each batch locks its rows ({@code for update skip locked}) until they are marked sent, so a second
 * sender never takes the same row. A failed send is retried after {@code retry-after}, doubled each time, until
 * {@code max-attempts}. Without an SMTP server ({@code spring.mail.host} unset, no {@link JavaMailSender}) nothing is
 * sent and the rows stay PENDING, readable by the directorate as what would have been sent. Every send and every
 * failure is audited.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final AuditService audit;
    private final NotificationProperties properties;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${mentorordning.notification.send-every}",
               initialDelayString = "${mentorordning.notification.send-every}")
    @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT10M")
    void sendScheduled() {
        JavaMailSender sender = mailSenders.getIfAvailable();
        if (sender != null) {
            sendDue(sender);
        }
    }

    private record Mail(long id, long noticeId, String to, String subject, String body, int attempts) {
    }

    /** Sends every due e-mail with {@code sender}, batch by batch; returns the number sent. */
    public int sendDue(JavaMailSender sender) {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> sendBatch(sender));
            if (batch == null || batch < 0) {
                return sent;
            }
            sent += batch;
        }
    }

    /** One batch in one transaction; -1 when there was nothing due. */
    private int sendBatch(JavaMailSender sender) {
        Instant now = Instant.now(clock);
        List<Mail> due = jdbc.query("""
                select id, notice_id, to_address, subject, body, attempts from notice_mail
                where status = 'PENDING' and next_attempt_at <= ?
                order by id limit ? for update skip locked
                """, (rs, i) -> new Mail(rs.getLong("id"), rs.getLong("notice_id"), rs.getString("to_address"),
                rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")), Timestamp.from(now), BATCH);
        if (due.isEmpty()) {
            return -1;
        }
        int sent = 0;
        boolean failed = false;
        for (Mail mail : due) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(mail.to());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
                jdbc.update("update notice_mail set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?",
                        Timestamp.from(now), mail.id());
                audit.record("NOTICE_MAILED", "notice", mail.noticeId(), null);
                sent++;
            } catch (MailException e) {
                failed = true;
                int attempts = mail.attempts() + 1;
                boolean giveUp = attempts >= properties.maxAttempts();
                Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
                jdbc.update("update notice_mail set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                        giveUp ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(wait)),
                        abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()), mail.id());
                audit.record(giveUp ? "NOTICE_MAIL_FAILED" : "NOTICE_MAIL_RETRY", "notice", mail.noticeId(),
                        "attempt " + attempts);
                log.warn("Notice e-mail {} not sent (attempt {}): {}", mail.id(), attempts, e.getMessage());
            }
        }
        // after a failure, the rest waits for the next run (the server may be down)
        return failed && sent == 0 ? -1 : sent;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
