package dk.kriminalforsorgen.mentorordning.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What a page answered to MockMvc must show, each fragment as it stands in the HTML (character references not
 * resolved): one matcher for a list of fragments, each failing on its own with the page in the message.
 */
public final class PageContent {

    private PageContent() {
    }

    /** The page contains every fragment. */
    public static ResultMatcher contains(String... fragments) {
        return each(fragments, fragment -> content().string(containsString(fragment)));
    }

    /** The page contains none of the fragments. */
    public static ResultMatcher lacks(String... fragments) {
        return each(fragments, fragment -> content().string(not(containsString(fragment))));
    }

    /** A refused form shown again (200) with its error summary (IN1) and every fragment: the errors, the input kept. */
    public static ResultMatcher refusedFormWith(String... fragments) {
        return all(status().isOk(), contains("data-testid=\"error-summary\""), contains(fragments));
    }

    private static ResultMatcher each(String[] fragments, Function<String, ResultMatcher> matcher) {
        return all(Stream.of(fragments).map(matcher).toArray(ResultMatcher[]::new));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
