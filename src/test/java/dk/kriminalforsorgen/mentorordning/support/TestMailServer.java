package dk.kriminalforsorgen.mentorordning.support;

import java.util.Arrays;
import java.util.List;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port, for the tests of the e-mail outbox: register it as a static
 * {@code @RegisterExtension}. The application under test has no SMTP server configured, so a test hands the
 * outbox's sender {@link #sender()}, a Spring Mail sender pointed at this server.
 */
public final class TestMailServer extends GreenMailExtension {

    public TestMailServer() {
        super(ServerSetupTest.SMTP.dynamicPort());
    }

    /** A Spring Mail sender that delivers to this server. */
    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(getSmtp().getPort());
        return sender;
    }

    /** The messages this server has received for the address (a To recipient). */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
