package dk.kriminalforsorgen.mentorordning.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One Danish formatting for every page: templates show dates and decimals only through {@code @danish}
 * ({@link DanishFormat}) and no class but DanishFormat builds a date or number format of its own.
 */
class DanishFormatUsageTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Other ways of formatting that have each been used here once, in three different styles. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("#temporals\\.format"), Pattern.compile("#dates\\.format"), Pattern.compile("#calendars\\."),
            Pattern.compile("#numbers\\.format"), Pattern.compile("dd-MM"), Pattern.compile("yyyy"),
            Pattern.compile("@danishDates\\."), Pattern.compile("@mentorDates\\."),
            // Double braces use the conversion service, which is ISO for form inputs.
            Pattern.compile("th:(text|utext)=\"[^\"]*\\$\\{\\{"));

    private static final Pattern SHOWN = Pattern.compile("th:(?:text|utext)=\"([^\"]*)\"");
    /** A date-like value put on the page as it is: "${client.statusSince}", "${row.dueOn()}". */
    private static final Pattern RAW_DATE = Pattern.compile("\\$\\{\\s*[\\w.]*?(On|Date|At|Until|Since)(\\(\\))?\\s*}");

    @Test
    void templatesFormatDatesAndDecimalsOnlyThroughDanishFormat() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = TEMPLATES.relativize(template) + ":" + (i + 1) + ": ";
                for (Pattern forbidden : FORBIDDEN) {
                    if (forbidden.matcher(line).find()) {
                        offences.add(where + forbidden.pattern());
                    }
                }
                Matcher shown = SHOWN.matcher(line);
                while (shown.find()) {
                    Matcher raw = RAW_DATE.matcher(shown.group(1));
                    while (raw.find()) {
                        offences.add(where + raw.group() + " is shown unformatted; use ${@danish.date(...)}");
                    }
                }
            }
        }
        assertThat(offences).as("date or decimal formatting outside DanishFormat").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(RAW_DATE.matcher("#{client.since(${client.statusSince})}").find()).isTrue();
        assertThat(RAW_DATE.matcher("${row.dueOn()}").find()).isTrue();
        assertThat(RAW_DATE.matcher("${@danish.date(row.dueOn())}").find()).isFalse();
        assertThat(FORBIDDEN.get(0).matcher("${#temporals.format(d, 'dd-MM-yyyy')}").find()).isTrue();
    }

    @Test
    void noClassButDanishFormatBuildsADateOrNumberFormat() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kriminalforsorgen.mentorordning");
        noClasses().that().doNotBelongToAnyOf(DanishFormat.class)
                .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, java.util.Locale.class)
                .orShould().callConstructor(DecimalFormat.class, String.class)
                .orShould().callMethod(NumberFormat.class, "getInstance", java.util.Locale.class)
                .because("pages show dates and decimals one way, through DanishFormat")
                .check(classes);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }
}
