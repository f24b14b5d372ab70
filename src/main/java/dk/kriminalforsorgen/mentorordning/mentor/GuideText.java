package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 17: the mentor guide's text as blocks for a page: "# ", "## " and "### " start a heading, "- " or "* " a
 * list item, a blank line ends a paragraph. Everything else is text. The page writes every block with th:text,
 * so no HTML in the guide ever reaches the browser as markup (IN4): a "&lt;script&gt;" is shown as those characters.
 */
public final class GuideText {

    private GuideText() {
    }

    public enum Kind { HEADING, PARAGRAPH, LIST }

    /** A heading (level 1-3 of the guide), a paragraph (its lines joined by line breaks) or a list with its items. */
    public record Block(Kind kind, int level, String text, List<String> items) {

        public boolean heading() {
            return kind == Kind.HEADING;
        }

        public boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean list() {
            return kind == Kind.LIST;
        }
    }

    public static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : (body == null ? "" : body).replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            int level = headingLevel(line);
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || level > 0 || item) {
                flushParagraph(blocks, paragraph);
            }
            if (line.isEmpty() || level > 0 || !item) {
                flushList(blocks, items);
            }
            if (level > 0) {
                blocks.add(new Block(Kind.HEADING, level, line.substring(level + 1).strip(), List.of()));
            } else if (item) {
                items.add(line.substring(2).strip());
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, items);
        return blocks;
    }

    private static int headingLevel(String line) {
        for (int level = 3; level >= 1; level--) {
            if (line.startsWith("#".repeat(level) + " ")) {
                return level;
            }
        }
        return 0;
    }

    private static void flushParagraph(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, 0, String.join("\n", lines), List.of()));
            lines.clear();
        }
    }

    private static void flushList(List<Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block(Kind.LIST, 0, null, List.copyOf(items)));
            items.clear();
        }
    }
}
