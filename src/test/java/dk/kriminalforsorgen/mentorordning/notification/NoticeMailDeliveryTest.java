package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;


import dk.kriminalforsorgen.mentorordning.support.TestMailServer;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.notification.internal.NoticeMailer;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportsTestBase;

/**
 * Issue 11: the queued e-mails reach a real SMTP server (GreenMail) once: a second run of the sender, and two
 * senders at the same time, send nothing twice; a failed send is retried later and then delivered; every send is
 * audited. The mail holds the short Danish notice and a link, nothing about the client.
 * <p>
 * The application under test has no SMTP server configured (the embedded default: its scheduled sender sends
 * nothing), so the test hands the sender a Spring Mail sender pointed at GreenMail.
 */
class NoticeMailDeliveryTest extends ReportsTestBase {

    @RegisterExtension
    static TestMailServer greenMail = new TestMailServer();

    @Autowired
    UserAdministration administration;

    @Autowired
    Notifications notifications;

    @Autowired
    NoticeMailer mailer;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 5, 20));
    }


    /** A fresh caseworker with an e-mail address and a duty-to-notify notice of its own occasion; returns the address. */
    private String noticeWithMail(String occasion) {
        String user = world.newCaseworker();
        String address = user.replace('.', '-') + "@example.dk";
        long userId = world.userId(user);
        administration.changeEmail(userId, address);
        assertThat(notifications.notify(new Occasion(NoticeKind.DUTY_TO_NOTIFY, occasion, 1L, 4711L,
                "/forloeb/4711/rapporter/42", null), List.of(userId))).isEqualTo(1);
        return address;
    }


    private String status(String address) {
        return jdbc.queryForObject("select status from notice_mail where to_address = ?", String.class, address);
    }

    @Test
    void S4_theNoticeIsDeliveredOverSmtpOnceWithALinkAndNothingAboutTheClient() throws Exception {
        String address = noticeWithMail("test:mail-once");

        assertThat(mailer.sendDue(greenMail.sender())).isPositive();
        assertThat(mailer.sendDue(greenMail.sender())).as("a second run finds nothing to send").isZero();

        List<MimeMessage> received = greenMail.receivedBy(address);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        String body = mail.getContent().toString();
        assertThat(mail.getSubject()).contains("underretningspligt");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("mentorordning@kriminalforsorgen.dk");
        assertThat(body).contains("http://localhost:8080/forloeb/4711/rapporter/42").contains("Du skal logge ind")
                .doesNotContainPattern("\\d{6}-?\\d{4}");
        assertThat(status(address)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_MAILED' and subject_id = "
                + "(select notice_id::text from notice_mail where to_address = ?)", Long.class, address)).isEqualTo(1);
    }

    @Test
    void twoSendersAtTheSameTimeSendEachMailOnce() throws Exception {
        String address = noticeWithMail("test:mail-two-senders");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return mailer.sendDue(greenMail.sender());
        });
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return mailer.sendDue(greenMail.sender());
        });
        start.countDown();
        first.get();
        second.get();

        assertThat(greenMail.receivedBy(address)).hasSize(1);
        assertThat(status(address)).isEqualTo("SENT");
    }

    @Test
    void aFailedSendIsRetriedLaterAndThenDelivered() throws Exception {
        mailer.sendDue(greenMail.sender()); // nothing else of the run is pending, so the failure below is this mail's
        String address = noticeWithMail("test:mail-retry");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(closedPort);

        mailer.sendDue(down);
        assertThat(status(address)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from notice_mail where to_address = ?", Integer.class, address))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_MAIL_RETRY' and subject_id = "
                + "(select notice_id::text from notice_mail where to_address = ?)", Long.class, address)).isEqualTo(1);

        mailer.sendDue(greenMail.sender());
        assertThat(greenMail.receivedBy(address)).as("not before the retry delay").isEmpty();

        clock.advanceDays(1);
        mailer.sendDue(greenMail.sender());
        assertThat(greenMail.receivedBy(address)).hasSize(1);
        assertThat(status(address)).isEqualTo("SENT");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
