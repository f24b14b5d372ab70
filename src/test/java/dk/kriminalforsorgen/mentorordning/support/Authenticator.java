package dk.kriminalforsorgen.mentorordning.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The tests' authenticator app (AS3): the RFC 6238 code of a secret at a moment, computed independently of the
 * application's own verifier (only the library's HMAC code generator is shared). The secret is the one the enrolment
 * page shows for typing by hand, with or without its spaces.
 */
public final class Authenticator {

    private Authenticator() {
    }

    public static String code(String shownSecret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(shownSecret.replace(" ", ""), Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
