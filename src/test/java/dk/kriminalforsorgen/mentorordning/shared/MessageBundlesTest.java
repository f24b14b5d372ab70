package dk.kriminalforsorgen.mentorordning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All text comes from the message bundles, in Danish and English (DESIGN §3): every key exists in
 * both languages, every key a template names exists, and no template renders unescaped text (IN4).
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    /** The column headers of a casework table (fragments/casework :: table) are keys in an inline list. */
    private static final Pattern COLUMN_LIST = Pattern.compile("casework :: table\\((?s:.*?)\\$\\{ \\{([^}]*)} }");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Za-z0-9_.\\-]+)'");

    @Test
    void everyDanishKeyHasAnEnglishTextAndViceVersa() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path danish : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = danish.resolveSibling(danish.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle for " + danish).exists();
                Set<String> da = load(danish).stringPropertyNames();
                Set<String> en = load(english).stringPropertyNames();
                for (String key : da) {
                    if (!en.contains(key)) {
                        problems.add(english.getFileName() + " lacks " + key);
                    }
                }
                for (String key : en) {
                    if (!da.contains(key)) {
                        problems.add(danish.getFileName() + " lacks " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExistsInDanish() throws IOException {
        Set<String> danishKeys = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path danish : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                danishKeys.addAll(load(danish).stringPropertyNames());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            List<String> keys = new ArrayList<>();
            TEMPLATE_KEY.matcher(html).results().forEach(m -> keys.add(m.group(1)));
            COLUMN_LIST.matcher(html).results()
                    .forEach(list -> QUOTED_KEY.matcher(list.group(1)).results().forEach(m -> keys.add(m.group(1))));
            for (String key : keys) {
                if (!danishKeys.contains(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A refused rule is shown by its message key; a key with no text would show the user a code. */
    @Test
    void everyRuleViolationMessageKeyExistsInDanish() throws IOException {
        Set<String> danishKeys = danishKeys();
        Pattern call = Pattern.compile("(?:RuleViolation|Refusal)\\.(?:onField|general)\\(([^;]*?)\\)\\s*;", Pattern.DOTALL);
        Pattern dotted = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher calls = call.matcher(Files.readString(source));
                while (calls.find()) {
                    Matcher keys = dotted.matcher(calls.group(1));
                    while (keys.find()) {
                        if (!danishKeys.contains(keys.group(1))) {
                            missing.add(source.getFileName() + ": " + keys.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Issue 16 (defect 10): a caseworker reads the paragraph ("§13 stk. 2: …"), not the rule's internal ID
     * ("(C7)"), and a count in proper Danish ("1 rapport", "2 rapporter"), never "rapport(er)".
     */
    @Test
    void noTextShowsARuleIdInParenthesesOrAParenthesisPlural() throws IOException {
        Pattern ruleId = Pattern.compile("\\((?:se |see )?[A-Z]{1,2}\\d+(?:\\s*[-,]\\s*[A-Z]{1,2}\\d+)*\\)");
        Pattern plural = Pattern.compile("\\w\\((?:er|e|r|s)\\)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                Properties texts = load(bundle);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (ruleId.matcher(text).find() || plural.matcher(text).find()) {
                        offenders.add(bundle.getFileName() + ": " + key + "=" + text);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Issue 16 (defect 10): a need area and a task group have one name, from one key, on every page. */
    @Test
    void needAreasAndTaskGroupsHaveOneLabelSource() throws IOException {
        Pattern copy = Pattern.compile("[a-z]+\\.(?:needArea|need|taskGroup)\\.[A-Z_]+");
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                for (String key : load(bundle).stringPropertyNames()) {
                    if (copy.matcher(key).matches()) {
                        copies.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(copies).as("use needArea.X (client) and taskGroup.X (mentor)").isEmpty();
    }

    @Test
    void countsAreSingularForOneAndPluralOtherwise() throws IOException {
        Properties danish = load(BUNDLES.resolve("statusreport.properties"));
        java.text.MessageFormat due = new java.text.MessageFormat(danish.getProperty("report.mine.dueCount"),
                java.util.Locale.forLanguageTag("da-DK"));
        assertThat(due.format(new Object[] {1})).isEqualTo("1 rapport mangler");
        assertThat(due.format(new Object[] {3})).isEqualTo("3 rapporter mangler");
        java.text.MessageFormat duty = new java.text.MessageFormat(danish.getProperty("report.panel.dutyToNotify"),
                java.util.Locale.forLanguageTag("da-DK"));
        assertThat(duty.format(new Object[] {1})).startsWith("Underretningspligt: 1 rapport om");
        assertThat(duty.format(new Object[] {2})).startsWith("Underretningspligt: 2 rapporter om");
    }

    private static Set<String> danishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path danish : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(danish).stringPropertyNames());
            }
        }
        return keys;
    }

    @Test
    void IN4_noTemplateRendersUnescapedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            if (html.contains("th:utext") || html.contains("[(${")) {
                offenders.add(TEMPLATES.relativize(template).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void WS2_noTemplateHasInlineScriptOrStyle() throws IOException {
        List<String> offenders = new ArrayList<>();
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\sstyle=\"|<style|\\son[a-z]+=\"");
        for (Path template : templates()) {
            if (inline.matcher(Files.readString(template)).find()) {
                offenders.add(TEMPLATES.relativize(template).toString());
            }
        }
        assertThat(offenders).as("inline script, style or event handler (blocked by the CSP)").isEmpty();
    }

    /**
     * Issue 16 (defect 11, WCAG 1.4.10 and 2.1.1): a table may be wider than a phone, so every table sits in a
     * scroll region that the keyboard reaches and a screen reader names.
     */
    @Test
    void everyTableScrollsInsideAKeyboardReachableNamedRegion() throws IOException {
        Pattern region = Pattern.compile("<div\\b([^>]*\\bclass=\"table--responsive-scroll\"[^>]*)>\\s*<table", Pattern.DOTALL);
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            int tables = html.split("<table", -1).length - 1;
            int wrapped = 0;
            Matcher m = region.matcher(html);
            while (m.find()) {
                wrapped++;
                String attributes = m.group(1);
                if (!attributes.contains("tabindex=\"0\"") || !attributes.contains("role=\"region\"")
                        || !attributes.contains("aria-label")) {
                    offenders.add(TEMPLATES.relativize(template) + ": a region without tabindex, role or label");
                }
            }
            if (wrapped != tables) {
                offenders.add(TEMPLATES.relativize(template) + ": " + (tables - wrapped) + " table(s) outside a scroll region");
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
