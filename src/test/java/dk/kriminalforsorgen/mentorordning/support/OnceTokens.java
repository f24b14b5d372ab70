package dk.kriminalforsorgen.mentorordning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one-time token ({@code _once}) a form carries against a double submit, as the tests read it from a page. */
public final class OnceTokens {

    /** The token field in a page's HTML; group 1 is the token. */
    public static final Pattern ONCE = Pattern.compile("name=\"_once\"\\s+value=\"([0-9a-f]{32})\"");

    private OnceTokens() {
    }

    /** The page's (first) one-time token; fails the test when the page has none. */
    public static String onceToken(String html) {
        Matcher token = ONCE.matcher(html);
        assertThat(token.find()).as("the page's form carries a one-time token").isTrue();
        return token.group(1);
    }
}
