package dk.kriminalforsorgen.mentorordning.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Issue 16, defect 9: every audit action and detail the modules write is shown in Danish. */
class AuditDescriptionsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z][A-Z0-9_]+)\";");

    private final AuditDescriptions descriptions = new AuditDescriptions(messages());

    /** Details as the modules write them (one of each shape found in the main code). */
    @ParameterizedTest
    @ValueSource(strings = {"course=7", "state=null page=0", "start page: my courses=3", "start page: overdue in area=2",
            "mentor's own courses=2", "mentor's own course", "course=7 by the mentor", "course=7 MONTHLY 2026-03-01",
            "course=7 QUARTERLY 2026-03-01 acknowledged", "course=7 duty to notify (S4)", "S4 (§8 stk. 2) course=7",
            "edit form", "other area", "kick-off 2026-02-01", "review 2026-02-01, action plan version 3", "RELEASE (E6)", "available",
            "until 2026-05-01", "ACTIVE -> ENDED", "INMATE -> UNDER_SUPERVISION fra 2026-03-01, område 1 -> 2",
            "area 1 -> 2", "mentor=4 hours=12.5 start=2026-01-05 responsible=null", "reason=PURPOSE_ACHIEVED on=2026-06-30",
            "amount=5000 from=2026-01-01", "version=2", "proposal=PROPOSED", "client=3 rank=2", "ranked=12 excluded=3",
            "area=2 rows=8", "reports=4", "user=17", "APPROVED mentor=4", "page=0 rows=3", "mentor=9",
            "name=5 status=null area=null need=null task=null language=null minFree=null expiring=false page=0",
            "start page: awaiting=1 overdue=2 due=3", "status=INMATE, område=1", "felter=firstName,phone",
            "risiko=HIGH, dato=2026-01-10", "svar=ACCEPTED, dato=2026-01-10",
            "from=5 to=6 reason=RESPONSIBLE_DISABLED", "responsible=5 courses=2", "mentor=4 courses=0"})
    void detailsAreDanishWithoutKeysOrNull(String details) {
        String danish = descriptions.details(details);
        assertThat(danish).as(details)
                .doesNotContain("=", "null", "->", "start page", "mentor's", "by the", "edit form", "other area",
                        "kick-off", "review", "acknowledged", "until", "available", "course", "state", "page")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
                .isNotBlank();
    }

    @Test
    void theExamplesOfTheIssueReadAsDanish() {
        assertThat(descriptions.details("course=7")).isEqualTo("Forløb: 7");
        assertThat(descriptions.details("state=null page=0")).isEqualTo("Side: 1");
        assertThat(descriptions.details("mentor=4 hours=12.5")).isEqualTo("Mentor: 4, Timer: 12,5");
        assertThat(descriptions.details(null)).isEmpty();
        assertThat(descriptions.action("COURSE_LIST_VIEWED")).isEqualTo("Forløbsliste vist");
        assertThat(descriptions.subjectType("COURSE")).isEqualTo("Mentorforløb");
        assertThat(descriptions.action("SOMETHING_NEW")).isEqualTo("Anden hændelse");
    }

    /** Every action and subject type written anywhere in the main code has a Danish label. */
    @Test
    void everyRecordedActionAndSubjectTypeHasADanishLabel() throws IOException {
        Set<String> codes = recordedCodes();
        assertThat(codes).contains("COURSE_LIST_VIEWED", "LOGIN_FAILED", "CLIENT_PURGED", "CLIENT", "STATUS_REPORT");
        List<String> unlabelled = codes.stream()
                .filter(code -> descriptions.action(code).equals("Anden hændelse")
                        && descriptions.subjectType(code).equals("Andet"))
                .toList();
        assertThat(unlabelled).isEmpty();
    }

    /** String codes given to the audit service, directly or through a constant, or named as an action. */
    private static Set<String> recordedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String line : source.split("\n")) {
                    if (line.contains("audit") || line.contains("action") || line.contains("SUBJECT")
                            || line.contains("LOGIN_") || line.contains("CSRF_FAILURE")) {
                        Matcher literal = LITERAL.matcher(line);
                        while (literal.find()) {
                            codes.add(literal.group(1));
                        }
                    }
                }
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    String name = constant.group(1);
                    if (source.contains("audit.record") && source.matches("(?s).*audit\\.record\\w*\\([^;]*\\b" + name + "\\b.*")) {
                        codes.add(constant.group(2));
                    }
                }
            }
        }
        codes.removeIf(code -> code.startsWith("TEST_"));
        return codes;
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            source.setBasenames(files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.contains("_"))
                    .map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .toArray(String[]::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
        return source;
    }
}
