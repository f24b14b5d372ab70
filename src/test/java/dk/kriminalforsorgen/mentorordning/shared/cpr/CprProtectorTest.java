package dk.kriminalforsorgen.mentorordning.shared.cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** DP1: AES-GCM encryption with a key from configuration and a keyed lookup hash. */
class CprProtectorTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String HASH_KEY = Base64.getEncoder().encodeToString("a-hash-key-of-at-least-32-bytes!!".getBytes());
    private final CprProtector protector = new CprProtector(new CprProperties(KEY, HASH_KEY));
    private final Cpr cpr = Cpr.of("010190-1234");

    @Test
    void DP1_encryptsWithAFreshIvAndDecryptsBack() {
        String first = protector.encrypt(cpr);
        String second = protector.encrypt(cpr);
        assertThat(first).isNotEqualTo(second).doesNotContain("010190").doesNotContain("1234");
        assertThat(protector.decrypt(first)).isEqualTo(cpr);
        assertThat(protector.decrypt(second)).isEqualTo(cpr);
    }

    @Test
    void DP1_refusesATamperedValueOrAnotherKey() {
        byte[] sealed = Base64.getDecoder().decode(protector.encrypt(cpr));
        sealed[sealed.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(sealed);
        assertThatThrownBy(() -> protector.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("1234");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        CprProtector other = new CprProtector(new CprProperties(Base64.getEncoder().encodeToString(otherKey), HASH_KEY));
        assertThatThrownBy(() -> other.decrypt(protector.encrypt(cpr))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void DP1_theLookupHashIsStableKeyedAndNotTheNumber() {
        String hash = protector.lookupHash(cpr);
        assertThat(hash).hasSize(64).isEqualTo(protector.lookupHash(Cpr.of("0101901234")));
        assertThat(hash).isNotEqualTo(protector.lookupHash(Cpr.of("010190-1235")));
        CprProtector otherKey = new CprProtector(new CprProperties(KEY,
                Base64.getEncoder().encodeToString("another-hash-key-of-32-bytes-or-more".getBytes())));
        assertThat(otherKey.lookupHash(cpr)).isNotEqualTo(hash);
    }

    @Test
    void DP1_productionFailsFastWithoutKeys() {
        assertThatThrownBy(() -> new CprProtector(new CprProperties(null, HASH_KEY)))
                .hasMessageContaining("mentorordning.cpr.encryption-key");
        assertThatThrownBy(() -> new CprProtector(new CprProperties(KEY, " ")))
                .hasMessageContaining("mentorordning.cpr.hash-key");
        assertThatThrownBy(() -> new CprProtector(new CprProperties(Base64.getEncoder().encodeToString(new byte[16]), HASH_KEY)))
                .hasMessageContaining("32");
        assertThatThrownBy(() -> new CprProtector(new CprProperties("not base64!", HASH_KEY)))
                .hasMessageContaining("base64");
    }
}
