package dk.kriminalforsorgen.mentorordning.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * Writes and guards {@code docs/rules.md}, the catalogue of every {@link Rule} and {@link Check}: where the
 * main code cites it ({@code Rule.C8}) and which tests carry its ID in their names ({@code C8_...}).
 * <p>
 * It fails when a rule is cited nowhere in the main code, when no test carries a rule's ID, when a check is
 * used nowhere, and when the committed catalogue differs from what the code says today. Regenerate with
 * {@code ./mvnw -o -q test -Dtest=RulesCatalogueTest -Ddocs.write=true} and commit {@code docs/rules.md}.
 */
class RulesCatalogueTest {

    static final Path CATALOGUE = Path.of("docs/rules.md");
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    private static final String REGENERATE = "./mvnw -o -q test -Dtest=RulesCatalogueTest -Ddocs.write=true";

    /**
     * Rules that legitimately have no citation in the main code or no test yet, each with the reason. Empty
     * today: every rule is cited and tested. A gap listed here that is closed fails the build, so the list
     * cannot rot either.
     */
    private static final Map<Rule, String> KNOWN_GAPS = Map.of();

    /** A test method: its annotation, then (after other annotations) its name. */
    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|RepeatedTest|TestFactory)\\b(?:[^;{}]*?)\\s(?:void|\\S+)\\s+(\\w+)\\s*\\(");
    /** One or more rule IDs joined in one name part: "C8", "E5E6", "M10". */
    private static final Pattern IDS = Pattern.compile("[ECMS]\\d{1,2}");

    private static Map<String, List<Path>> citations;
    private static Map<Rule, Map<Path, List<String>>> tests;

    @BeforeAll
    static void scan() throws IOException {
        citations = new TreeMap<>();
        for (Path source : javaFiles(MAIN)) {
            String text = Files.readString(source);
            for (Rule rule : Rule.values()) {
                cite(citations, "Rule." + rule.name(), source, text);
            }
            for (Check check : Check.values()) {
                cite(citations, "Check." + check.name(), source, text);
            }
        }
        tests = new TreeMap<>();
        for (Path source : javaFiles(TESTS)) {
            String className = source.getFileName().toString().replace(".java", "");
            for (Rule rule : idsIn(className, true)) {
                tests.computeIfAbsent(rule, r -> new TreeMap<>()).computeIfAbsent(source, s -> new ArrayList<>());
            }
            Matcher method = TEST_METHOD.matcher(Files.readString(source));
            while (method.find()) {
                for (Rule rule : idsIn(method.group(1), false)) {
                    tests.computeIfAbsent(rule, r -> new TreeMap<>()).computeIfAbsent(source, s -> new ArrayList<>())
                            .add(method.group(1));
                }
            }
        }
    }

    @Test
    void everyRuleIsCitedInTheMainCode() {
        List<String> uncited = Arrays.stream(Rule.values())
                .filter(rule -> !KNOWN_GAPS.containsKey(rule) && cited("Rule." + rule.name()).isEmpty())
                .map(Rule::name).toList();
        assertThat(uncited).as("rules that no main code cites (Rule.X); enforce them or list them in KNOWN_GAPS").isEmpty();
    }

    @Test
    void everyRuleHasATestCarryingItsId() {
        List<String> untested = Arrays.stream(Rule.values())
                .filter(rule -> !KNOWN_GAPS.containsKey(rule) && !tests.containsKey(rule))
                .map(Rule::name).toList();
        assertThat(untested).as("rules without a test named after them (e.g. void C8_...)").isEmpty();
    }

    @Test
    void everyKnownGapIsStillAGap() {
        List<String> closed = KNOWN_GAPS.keySet().stream()
                .filter(rule -> !cited("Rule." + rule.name()).isEmpty() && tests.containsKey(rule))
                .map(Rule::name).toList();
        assertThat(closed).as("known gaps that are closed: remove them from KNOWN_GAPS").isEmpty();
    }

    @Test
    void everyCheckIsUsedInTheMainCode() {
        List<String> unused = Arrays.stream(Check.values())
                .filter(check -> cited("Check." + check.name()).isEmpty()).map(Check::name).toList();
        assertThat(unused).as("checks that no main code uses: remove them").isEmpty();
    }

    @Test
    void theTestNamesAreReadAsRuleIds() {
        assertThat(idsIn("C8_reviewIsDueThreeMonthsAfterTheLast", false)).containsExactly(Rule.C8);
        assertThat(idsIn("E5E6_releaseDate", false)).containsExactly(Rule.E5, Rule.E6);
        assertThat(idsIn("boundary_M10_exactlyAtTheCeiling", false)).containsExactly(Rule.M10);
        assertThat(idsIn("M1_allowsCandidateWhoTurns18", false)).containsExactly(Rule.M1);
        assertThat(idsIn("showsC8", false)).isEmpty();
        assertThat(idsIn("S4NotificationTest", true)).containsExactly(Rule.S4);
        assertThat(idsIn("SqlStatementCountTest", true)).isEmpty();
    }

    @Test
    void theCommittedCatalogueIsUpToDate() throws IOException {
        String generated = catalogue();
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CATALOGUE) ? Files.readString(CATALOGUE, StandardCharsets.UTF_8) : "";
        assertThat(committed).as(CATALOGUE + " is out of date; regenerate it with " + REGENERATE).isEqualTo(generated);
    }

    private static String catalogue() {
        StringBuilder md = new StringBuilder();
        md.append("# Rules catalogue\n\n")
                .append("Every legal rule of the mentor scheme (`shared.Rule`, with its paragraph of *Cirkulære om\n")
                .append("kriminalforsorgens mentorordning*, 2019) and every named check (`shared.Check`): where the main\n")
                .append("code cites it and which tests carry its ID in their names.\n\n")
                .append("Generated by `RulesCatalogueTest`; do not edit by hand. After adding a rule, a citation or a test:\n\n")
                .append("```bash\n").append(REGENERATE).append("\n```\n\n")
                .append("The test fails when a rule is cited nowhere in the main code, when no test carries its ID, and\n")
                .append("when this file is out of date.\n\n");
        md.append("## Overview\n\n| ID | Paragraph | Title | Files citing it | Tests |\n|---|---|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            md.append("| [").append(rule.name()).append("](#").append(rule.name().toLowerCase()).append(") | ")
                    .append(paragraph(rule)).append(" | ").append(rule.title()).append(" | ")
                    .append(cited("Rule." + rule.name()).size()).append(" | ")
                    .append(tests.getOrDefault(rule, Map.of()).values().stream()
                            .mapToInt(methods -> Math.max(1, methods.size())).sum())
                    .append(" |\n");
        }
        String family = "";
        String[][] families = {{"E", "Eligibility (DOMAIN §3, circular §§2-4)"}, {"M", "The mentor (§§5-8, §15)"},
                {"C", "The course (§§7, 9-16, 19)"}, {"S", "Status reports (§17, §8)"}};
        for (Rule rule : Rule.values()) {
            if (!family.equals(String.valueOf(rule.family()))) {
                family = String.valueOf(rule.family());
                for (String[] f : families) {
                    if (f[0].equals(family)) {
                        md.append("\n## ").append(f[1]).append("\n");
                    }
                }
            }
            md.append("\n### ").append(rule.name()).append("\n\n")
                    .append("**").append(rule.title()).append("** — ").append(rule.source()).append("\n\n");
            if (KNOWN_GAPS.containsKey(rule)) {
                md.append("Known gap: ").append(KNOWN_GAPS.get(rule)).append("\n\n");
            }
            md.append("Cited in: ").append(links(cited("Rule." + rule.name()))).append("\n\n");
            md.append("Tests:\n\n");
            Map<Path, List<String>> byClass = tests.getOrDefault(rule, Map.of());
            if (byClass.isEmpty()) {
                md.append("- none\n");
            }
            byClass.forEach((source, methods) -> md.append("- ").append(link(source))
                    .append(methods.isEmpty() ? " (the class)" : ": " + String.join(", ", methods.stream()
                            .map(m -> "`" + m + "`").toList()))
                    .append("\n"));
        }
        md.append("\n## Named checks (Check)\n\n")
                .append("Checks of input or state that cite no paragraph of the circular; a refusal on one shows the\n")
                .append("check's text, not a paragraph.\n\n")
                .append("| ID | Source | Title | Used in |\n|---|---|---|---|\n");
        for (Check check : Check.values()) {
            md.append("| ").append(check.name()).append(" | ").append(check.source() == null ? "–" : check.source())
                    .append(" | ").append(check.title()).append(" | ").append(links(cited("Check." + check.name())))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String paragraph(Rule rule) {
        return rule.paragraph() == null ? rule.source() : rule.paragraph();
    }

    private static List<Path> cited(String constant) {
        return citations.getOrDefault(constant, List.of());
    }

    private static void cite(Map<String, List<Path>> into, String constant, Path source, String text) {
        if (Pattern.compile("\\b" + Pattern.quote(constant) + "\\b").matcher(text).find()) {
            into.computeIfAbsent(constant, c -> new ArrayList<>()).add(source);
        }
    }

    /**
     * The rules a test's name carries: a name part (between underscores) made only of IDs, as in {@code C8_...}
     * or {@code E5E6_...}; for a class, IDs at the start of its name ({@code S4NotificationTest}).
     */
    static List<Rule> idsIn(String name, boolean className) {
        TreeSet<Rule> rules = new TreeSet<>();
        List<String> parts = className ? List.of(leadingIds(name)) : List.of(name.split("_"));
        for (String part : parts) {
            if (!part.isEmpty() && IDS.matcher(part).replaceAll("").isEmpty()) {
                Matcher id = IDS.matcher(part);
                while (id.find()) {
                    ruleNamed(id.group()).ifPresent(rules::add);
                }
            }
        }
        return List.copyOf(rules);
    }

    private static String leadingIds(String className) {
        Matcher leading = Pattern.compile("^(?:[ECMS]\\d{1,2})+(?=[A-Z_]|$)").matcher(className);
        return leading.find() ? leading.group() : "";
    }

    private static java.util.Optional<Rule> ruleNamed(String id) {
        return Arrays.stream(Rule.values()).filter(rule -> rule.name().equals(id)).findFirst();
    }

    private static String links(List<Path> sources) {
        return sources.isEmpty() ? "–" : String.join(", ", sources.stream().map(RulesCatalogueTest::link).toList());
    }

    /** A link relative to docs/, named by the class. */
    private static String link(Path source) {
        return "[" + source.getFileName().toString().replace(".java", "") + "](../" + source.toString().replace('\\', '/') + ")";
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }
}
