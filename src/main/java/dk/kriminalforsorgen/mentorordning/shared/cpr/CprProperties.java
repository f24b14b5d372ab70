package dk.kriminalforsorgen.mentorordning.shared.cpr;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect CPR numbers (DP1), base64-encoded, kept outside the database: in production
 * from the environment ({@code MENTORORDNING_CPR_ENCRYPTION_KEY}, {@code MENTORORDNING_CPR_HASH_KEY}).
 *
 * @param encryptionKey AES-256 key (32 bytes) for AES-GCM encryption of the number
 * @param hashKey HMAC-SHA256 key (at least 32 bytes) for the keyed lookup hash
 */
@ConfigurationProperties("mentorordning.cpr")
public record CprProperties(String encryptionKey, String hashKey) {

    @Override
    public String toString() {
        return "CprProperties[keys hidden]";
    }
}
