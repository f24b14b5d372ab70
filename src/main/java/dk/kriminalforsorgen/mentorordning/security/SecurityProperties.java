package dk.kriminalforsorgen.mentorordning.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failures in a row before the account is locked (AS4)
 * @param lockout how long a locked account stays locked (AS4)
 * @param absoluteSessionTimeout the longest a session may live, however active (AS6)
 */
@ConfigurationProperties("mentorordning.security")
public record SecurityProperties(int maxFailedLogins, Duration lockout, Duration absoluteSessionTimeout) {
}
