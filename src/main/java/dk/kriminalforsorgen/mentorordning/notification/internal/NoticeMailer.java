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
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Sends the queued e-mails ({@code notice_mail}, and the meeting invitations in {@code invitation_mail}) through Spring Mail, once: the job runs on one instance at a time
 * (ShedLock), and each batch locks its rows ({@code for update skip locked}) until they are marked sent, so a second
 * sender never takes the same row. A failed send is retried after {@code retry-after}, doubled each time, until
 * {@code max-attempts}. Without an SMTP server ({@code spring.mail.host} unset, no {@link JavaMailSender}) nothing is
 * sent and the rows stay PENDING, readable by the directorate as what would have been sent. Every send and every
 * failure is audited.
 * <p>
 * Issue 14: an e-mail with a one-time link (an account invitation) is stored with a placeholder where the link's
 * secret goes ({@link Notifications#SECRET_PLACEHOLDER}) and the secret apart ({@code notice_mail_secret}, V041): the
 * secret is put into the message only when it is sent, and deleted once the e-mail is sent or given up. The
 * trade-off: until then (no SMTP server, retries) the token lies in that table in clear; it is one-time, revoked by a
 * newer invitation and expires after {@code invitation.validity}, and the outbox page never shows it.
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

    /**
     * The two outboxes: the notices' e-mails ({@code notice_mail}, V801) and the meeting invitations with their
     * iCalendar part ({@code invitation_mail}, V361, issue 12). Same columns for sending; the audit names the notice,
     * or for an invitation its outbox row.
     */
    enum Outbox {
        NOTICES("notice_mail", "notice_id", "null",
                "(select s.secret from notice_mail_secret s where s.notice_id = notice_mail.notice_id)"),
        INVITATIONS("invitation_mail", "id", "calendar", "null");

        final String table;
        final String auditedId;
        final String calendar;
        /** Issue 14: the one-time secret of the e-mail's link, if any ({@code notice_mail_secret}). */
        final String secret;

        Outbox(String table, String auditedId, String calendar, String secret) {
            this.table = table;
            this.auditedId = auditedId;
            this.calendar = calendar;
            this.secret = secret;
        }

        String auditSubject() {
            return this == NOTICES ? "notice" : table;
        }
    }

    private record Mail(long id, long auditedId, String to, String subject, String body, String calendar, String secret,
                        int attempts) {

        /** The text as sent: with the link's secret in place of the placeholder (issue 14). */
        String text() {
            return secret == null ? body : body.replace(Notifications.SECRET_PLACEHOLDER, secret);
        }
    }

    /** Sends every due e-mail with {@code sender}, batch by batch; returns the number sent. */
    public int sendDue(JavaMailSender sender) {
        int sent = 0;
        for (Outbox outbox : Outbox.values()) {
            while (true) {
                Integer batch = transactions.execute(status -> sendBatch(sender, outbox));
                if (batch == null || batch < 0) {
                    break;
                }
                sent += batch;
            }
        }
        return sent;
    }

    /** One batch in one transaction; -1 when there was nothing due. */
    private int sendBatch(JavaMailSender sender, Outbox outbox) {
        Instant now = Instant.now(clock);
        List<Mail> due = jdbc.query("""
                select id, %s as audited_id, to_address, subject, body, %s as calendar, %s as secret, attempts from %s
                where status = 'PENDING' and next_attempt_at <= ?
                order by id limit ? for update skip locked
                """.formatted(outbox.auditedId, outbox.calendar, outbox.secret, outbox.table), (rs, i) -> new Mail(
                rs.getLong("id"), rs.getLong("audited_id"), rs.getString("to_address"), rs.getString("subject"),
                rs.getString("body"), rs.getString("calendar"), rs.getString("secret"), rs.getInt("attempts")),
                Timestamp.from(now), BATCH);
        if (due.isEmpty()) {
            return -1;
        }
        int sent = 0;
        boolean failed = false;
        for (Mail mail : due) {
            try {
                send(sender, mail);
                jdbc.update("update " + outbox.table + " set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null where id = ?",
                        Timestamp.from(now), mail.id());
                forgetSecret(mail);
                audit.record("NOTICE_MAILED", outbox.auditSubject(), mail.auditedId(), null);
                sent++;
            } catch (MailException e) {
                failed = true;
                int attempts = mail.attempts() + 1;
                boolean giveUp = attempts >= properties.maxAttempts();
                Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
                jdbc.update("update " + outbox.table + " set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                        giveUp ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(wait)),
                        abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage()), mail.id());
                if (giveUp) {
                    // a given-up e-mail is never sent: its secret is not kept
                    forgetSecret(mail);
                }
                audit.record(giveUp ? "NOTICE_MAIL_FAILED" : "NOTICE_MAIL_RETRY", outbox.auditSubject(), mail.auditedId(),
                        "attempt " + attempts);
                log.warn("Notice e-mail {} not sent (attempt {}): {}", mail.id(), attempts, e.getMessage());
            }
        }
        // after a failure, the rest waits for the next run (the server may be down)
        return failed && sent == 0 ? -1 : sent;
    }

    private void send(JavaMailSender sender, Mail mail) {
        if (mail.calendar() == null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.text());
            sender.send(message);
            return;
        }
        sender.send(invitation(sender, mail));
    }

    /**
     * A meeting invitation (issue 12): the text, and the iCalendar as a {@code text/calendar} part with its METHOD, as
     * calendar programs expect (multipart/alternative), plus the same as an {@code invitation.ics} attachment.
     */
    private MimeMessage invitation(JavaMailSender sender, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(new InternetAddress(properties.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            String method = mail.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=" + method);
            calendar.setHeader("Content-Transfer-Encoding", "8bit");
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(mail.calendar(), "application/ics; name=\"invitation.ics\"");
            attachment.setFileName("invitation.ics");
            message.setContent(new MimeMultipart("mixed", body, attachment));
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    /** Issue 14: only a notice's e-mail has a secret; its audited id is the notice. */
    private void forgetSecret(Mail mail) {
        if (mail.secret() != null) {
            jdbc.update("delete from notice_mail_secret where notice_id = ?", mail.auditedId());
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
