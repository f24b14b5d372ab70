package dk.kriminalforsorgen.mentorordning.shared.cpr;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * DP1: encrypts CPR numbers with AES-256-GCM (random 96-bit IV per value, 128-bit tag, a version
 * byte so keys can be rotated later) and computes the keyed HMAC-SHA256 lookup hash used for exact
 * search and uniqueness. The keys come from configuration; the application refuses to start
 * without valid keys, so production never runs with a missing or default key.
 */
@Component
public class CprProtector {

    private static final byte FORMAT_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "mentorordning-cpr".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey encryptionKey;
    private final SecretKey hashKey;
    private final SecureRandom random = new SecureRandom();

    public CprProtector(CprProperties properties) {
        this.encryptionKey = new SecretKeySpec(decode(properties.encryptionKey(), "encryption-key", 32, 32), "AES");
        this.hashKey = new SecretKeySpec(decode(properties.hashKey(), "hash-key", 32, 256), "HmacSHA256");
    }

    private static byte[] decode(String base64, String name, int minBytes, int maxBytes) {
        String property = "mentorordning.cpr." + name;
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("Missing " + property + ": CPR numbers cannot be protected (DP1). "
                    + "Set it (base64, " + minBytes + " random bytes) in the environment.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64", e);
        }
        if (key.length < minBytes || key.length > maxBytes) {
            throw new IllegalStateException(property + " must decode to " + minBytes
                    + (minBytes == maxBytes ? "" : "-" + maxBytes) + " bytes, not " + key.length);
        }
        return key;
    }

    /** Base64 of version, IV and ciphertext with tag. */
    public String encrypt(Cpr cpr) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(cpr.full().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT_VERSION).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR encryption failed", e);
        }
    }

    public Cpr decrypt(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            if (bytes.length < 1 + IV_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT_VERSION) {
                throw new IllegalStateException("Unknown CPR storage format");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 1, IV_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] plain = cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
            return Cpr.of(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The message never contains the value.
            throw new IllegalStateException("CPR decryption failed (wrong key or damaged value)", e);
        }
    }

    /** The keyed lookup hash (hex): equal numbers give equal hashes; without the key it cannot be reversed by trying every number. */
    public String lookupHash(Cpr cpr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(cpr.full().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR hashing failed", e);
        }
    }
}
