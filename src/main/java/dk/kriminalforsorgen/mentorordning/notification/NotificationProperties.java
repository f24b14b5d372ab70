package dk.kriminalforsorgen.mentorordning.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Configurable values of notifications ({@code mentorordning.notification.*}), in application.yml only. The SMTP
 * server itself is Spring Mail's ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, ...): without a host no
 * e-mail is sent, and the queued e-mails stay readable by the directorate as what would have been sent.
 *
 * @param baseUrl        the address of the application as its users reach it; e-mails link to pages below it
 * @param from           the sender address of the e-mails
 * @param sendEvery      how often the sender looks for e-mails to send (once across instances, ShedLock)
 * @param retryAfter     the wait after a failed send; doubled after each further failure
 * @param maxAttempts    after this many failed sends an e-mail is given up (FAILED, shown to the directorate)
 * @param reviewSoonDays C8: a review due within this many days gives the "due soon" notice
 * @param reminderCron   when the daily deadline reminders run (Spring cron, Danish time; once across instances)
 * @param kickOffSoonDays     C5: a kick-off due within this many days gives the "due soon" notice
 * @param signOffWaitDays     DOMAIN §9: a submitted report not acknowledged after more than this many days is reminded
 * @param directorateWaitDays M8: a flagged mentor's case open at the directorate more than this many days is reminded
 * @param offerWaitDays       E9: an eligible client with no offer for more than this many days is reminded
 * @param digestCron          when the weekly digest is sent (Spring cron, Danish time; once across instances)
 * @param digestItems         how many of the most urgent items a digest lists (besides the counts)
 */
@Validated
@ConfigurationProperties("mentorordning.notification")
public record NotificationProperties(@NotBlank String baseUrl, @NotBlank String from, @NotNull Duration sendEvery,
                                     @NotNull Duration retryAfter, @Min(1) int maxAttempts, @Min(1) int reviewSoonDays,
                                     @NotBlank String reminderCron, @Min(1) int kickOffSoonDays,
                                     @Min(1) int signOffWaitDays, @Min(1) int directorateWaitDays,
                                     @Min(1) int offerWaitDays, @NotBlank String digestCron, @Min(1) int digestItems) {
}
