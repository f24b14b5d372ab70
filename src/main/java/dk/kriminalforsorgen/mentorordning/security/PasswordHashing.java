package dk.kriminalforsorgen.mentorordning.security;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * AS2: passwords are hashed with PBKDF2-HMAC-SHA256 at OWASP's current iteration count (600,000; configured,
 * {@code mentorordning.security.password-hash-iterations}). Unlike BCrypt it uses every byte of a long Danish
 * password. The encoder id in front of each hash names the iteration count, so a hash of any earlier setting
 * (and of the first release, Spring Security's 310,000-iteration default) still verifies, and the log-in
 * re-encodes it with the current setting ({@link PasswordUpgrade}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** The first release's hashes: PBKDF2-HMAC-SHA256 with 310,000 iterations. */
    static final String LEGACY_ID = "pbkdf2@SpringSecurity_v5_8";
    static final int OWASP_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;

    @Bean
    PasswordEncoder passwordEncoder(SignInProperties properties) {
        int iterations = properties.passwordHashIterations();
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(LEGACY_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put(idFor(OWASP_ITERATIONS), pbkdf2(OWASP_ITERATIONS));
        encoders.put(idFor(iterations), pbkdf2(iterations));
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(idFor(iterations), encoders);
        encoder.setDefaultPasswordEncoderForMatches(new AnyIterationCount());
        return encoder;
    }

    /**
     * Verifies a hash this application wrote at another iteration count ({@code {pbkdf2-sha256-N}}), e.g. by an
     * instance configured differently on the same database; it is then re-encoded like any older hash.
     */
    static final class AnyIterationCount implements PasswordEncoder {

        private static final Pattern PREFIXED = Pattern.compile("\\{pbkdf2-sha256-(\\d{4,8})}(.+)", Pattern.DOTALL);

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only verifies");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String prefixedHash) {
            Matcher hash = prefixedHash == null ? null : PREFIXED.matcher(prefixedHash);
            return hash != null && hash.matches()
                    && pbkdf2(Integer.parseInt(hash.group(1))).matches(rawPassword, hash.group(2));
        }
    }

    static String idFor(int iterations) {
        return "pbkdf2-sha256-" + iterations;
    }

    private static PasswordEncoder pbkdf2(int iterations) {
        return new Pbkdf2PasswordEncoder("", SALT_BYTES, iterations, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }
}
