package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.List;

/**
 * Languages a mentor may speak besides Danish (ISO 639-1 codes), shown by the message key
 * {@code language.<code>}. Danish itself is rule M2 and recorded separately.
 */
public final class MentorLanguages {

    public static final List<String> CODES = List.of("en", "ar", "tr", "so", "ur", "fa", "ku", "pl", "ro", "de",
            "bs", "ti", "uk", "ru", "es", "fr");

    private MentorLanguages() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
