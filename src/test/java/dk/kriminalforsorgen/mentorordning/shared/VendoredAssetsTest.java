package dk.kriminalforsorgen.mentorordning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The vendored DKFDS (scripts/update-vendor.sh) is complete: every file its CSS refers to is there,
 * so no page asks for an icon or font that answers 404. Legacy font formats (eot, ttf) are left out
 * on purpose: every browser that can use the application loads woff2.
 */
class VendoredAssetsTest {

    private static final Path DKFDS = Path.of("src/main/resources/static/vendor/dkfds");

    @Test
    void everyFileTheDkfdsCssRefersToIsVendored() throws IOException {
        String css = Files.readString(DKFDS.resolve("css/dkfds.min.css"));
        Matcher url = Pattern.compile("url\\(['\"]?(\\.\\./[^)'\"?#]+)").matcher(css);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        while (url.find()) {
            String relative = url.group(1);
            if (relative.endsWith(".eot") || relative.endsWith(".ttf")) {
                continue;
            }
            checked++;
            if (!Files.exists(DKFDS.resolve("css").resolve(relative).normalize())) {
                missing.add(relative);
            }
        }
        assertThat(checked).as("references found in the CSS").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void vendoredVersionsAreRecorded() throws IOException {
        assertThat(Files.readString(DKFDS.resolve("VERSION")).strip()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Files.readString(Path.of("src/main/resources/static/vendor/htmx/VERSION")).strip()).startsWith("2.");
    }
}
