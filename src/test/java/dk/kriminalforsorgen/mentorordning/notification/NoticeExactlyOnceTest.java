package dk.kriminalforsorgen.mentorordning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;


import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.TestMailServer;
import dk.kriminalforsorgen.mentorordning.support.ProductionApplication;
import dk.kriminalforsorgen.mentorordning.support.ScratchDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * Issue 11 §2, exactly once: the e-mail outbox is delivered by the application's own scheduled sender to a real SMTP
 * server (GreenMail), each e-mail once, (a) across a restart: notices recorded and their e-mails queued, the
 * application stopped before its sender ran, a new one started on the same database sends each e-mail once; and
 * (b) with two instances on one database, both running their schedulers (ShedLock, rows locked with SKIP LOCKED).
 * <p>
 * Each test has its own database ({@link ScratchDatabase}) and starts the application as production starts it
 * ({@link ProductionApplication}, like {@code RecoveryTest} and {@code TwoInstancesTest}), with Spring Mail pointed at
 * GreenMail, so the scheduled sender is the real one: nothing calls the sender directly.
 */
class NoticeExactlyOnceTest {

    @RegisterExtension
    static TestMailServer greenMail = new TestMailServer();

    /** The application on {@code database}, mailing through GreenMail, its sender looking every {@code sendEvery}. */
    private static ConfigurableApplicationContext start(ScratchDatabase database, String sendEvery) {
        return ProductionApplication.startOn(database, 4, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(), "--mentorordning.notification.send-every=" + sendEvery);
    }

    /** Users of Hovedstaden with an e-mail address each; returns their ids by address. */
    private static Map<String, Long> usersWithMail(ConfigurableApplicationContext app, int count) {
        UserAdministration administration = app.getBean(UserAdministration.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = administration.create("once." + run + "." + i, TestUsers.PASSWORD,
                    new Assignment("Modtager " + i, Role.CASEWORKER, TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD,
                            false)).getId();
            String address = "once-" + run + "-" + i + "@example.dk";
            administration.changeEmail(id, address);
            addresses.add(address);
            ids.add(id);
        }
        Map<String, Long> byAddress = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            byAddress.put(addresses.get(i), ids.get(i));
        }
        return byAddress;
    }

    /** {@code perUser} duty-to-notify notices for each user, all recorded in one transaction. */
    private static void notices(ConfigurableApplicationContext app, Map<String, Long> users, int perUser, String tag) {
        Notifications notifications = app.getBean(Notifications.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int n = 0; n < perUser; n++) {
                for (long user : users.values()) {
                    notifications.notify(new Occasion(NoticeKind.DUTY_TO_NOTIFY, tag + ":report:" + n, 1L, 4711L,
                            "/forloeb/4711/rapporter/" + n, null), List.of(user));
                }
            }
        });
    }

    private static Map<String, Long> receivedPerAddress() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(NoticeExactlyOnceTest::to)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAllSent(JdbcTemplate jdbc, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from notice_mail where status = 'SENT'", Integer.class))
                        .isEqualTo(expected));
    }

    /** Every row sent at its first attempt, and one NOTICE_MAILED audit row per e-mail: no e-mail was sent twice. */
    private static void assertEachSentOnce(JdbcTemplate jdbc, int expected) {
        assertThat(jdbc.queryForObject("select count(*) from notice_mail", Integer.class)).isEqualTo(expected);
        assertThat(jdbc.queryForList("select distinct attempts from notice_mail", Integer.class)).containsExactly(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'NOTICE_MAILED'", Integer.class))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(distinct subject_id) from audit_event where action = 'NOTICE_MAILED'",
                Integer.class)).isEqualTo(expected);
    }

    @Test
    void S4_aRestartBeforeTheSenderRanSendsEachQueuedMailOnceAfterwards() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("n11_restart")) {
            Map<String, Long> users;
            ConfigurableApplicationContext before = start(database, "1h"); // its sender does not run before the stop
            try {
                users = usersWithMail(before, 3);
                notices(before, users, 2, "restart");
                JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select count(*) from notice_mail where status = 'PENDING'", Integer.class))
                        .isEqualTo(6);
                assertThat(greenMail.getReceivedMessages()).as("nothing sent before the restart").isEmpty();
            } finally {
                before.close();
            }

            ConfigurableApplicationContext after = start(database, "200ms");
            try {
                JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
                awaitAllSent(jdbc, 6);
                Thread.sleep(1_500); // several more runs of the sender: they find nothing to send
                assertThat(receivedPerAddress()).containsOnlyKeys(users.keySet()).allSatisfy((address, count) ->
                        assertThat(count).as(address).isEqualTo(2L));
                assertThat(greenMail.getReceivedMessages()).hasSize(6);
                assertEachSentOnce(jdbc, 6);
            } finally {
                after.close();
            }
        }
    }

    @Test
    void S4_twoInstancesWithTheirSchedulersOnOneDatabaseSendEachMailOnce() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("n11_two")) {
            ConfigurableApplicationContext first = start(database, "100ms");
            ConfigurableApplicationContext second = null;
            try {
                second = start(database, "100ms");
                Map<String, Long> users = usersWithMail(first, 4);
                notices(second, users, 10, "two"); // 40 e-mails appear at once for both senders
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);

                awaitAllSent(jdbc, 40);
                Thread.sleep(1_500);

                assertThat(greenMail.getReceivedMessages()).hasSize(40);
                assertThat(receivedPerAddress()).containsOnlyKeys(users.keySet()).allSatisfy((address, count) ->
                        assertThat(count).as(address).isEqualTo(10L));
                assertEachSentOnce(jdbc, 40);
                assertThat(jdbc.queryForList("select name from shedlock", String.class)).contains("notification-mail");
            } finally {
                if (second != null) {
                    second.close();
                }
                first.close();
            }
        }
    }
}
