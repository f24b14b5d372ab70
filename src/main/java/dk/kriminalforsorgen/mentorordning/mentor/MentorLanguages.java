package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Arrays;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.shared.Language;

/**
 * Languages a mentor may speak besides Danish: the shared {@link Language} list (the same a client's
 * preferred language comes from, so they can be matched), stored by ISO 639-1 code. Danish itself is
 * rule M2 and recorded separately.
 */
public final class MentorLanguages {

    public static final List<String> CODES = Arrays.stream(Language.values())
            .filter(language -> language != Language.DA).map(Language::code).toList();

    private MentorLanguages() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
