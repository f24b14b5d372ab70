package dk.kriminalforsorgen.mentorordning.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as server-side SVG (no script, so the Content-Security-Policy holds):
 * per row one bar for this quarter and one for the previous, geometry computed here so the template
 * only places shapes. The table beside it carries the same numbers for those who read rather than look.
 */
public record Chart(String title, String id, List<Bar> bars, int height, String currentLabel, String previousLabel) {

    static final int LABEL_WIDTH = 190;
    static final int PLOT_WIDTH = 330;
    static final int ROW_HEIGHT = 40;
    static final int TOP = 24;

    /** One bar: its row label, which quarter, its value and where it is drawn. */
    public record Bar(String label, boolean current, Double value, int x, int y, int width, int labelY, boolean firstOfRow) {

        public String text() {
            return value == null ? "–" : (value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value).replace('.', ','));
        }
    }

    static Chart of(String title, String id, List<NationalFigures.Row> rows, String currentLabel, String previousLabel) {
        double max = rows.stream().filter(r -> !r.total())
                .flatMap(r -> java.util.stream.Stream.of(r.current(), r.previous()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (NationalFigures.Row row : rows) {
            if (row.total()) {
                continue; // the national total would dwarf the areas; it stays in the table
            }
            bars.add(new Bar(row.label(), true, row.current(), LABEL_WIDTH, y, width(row.current(), max), y + 22, true));
            bars.add(new Bar(row.label(), false, row.previous(), LABEL_WIDTH, y + 16, width(row.previous(), max), y + 22, false));
            y += ROW_HEIGHT;
        }
        return new Chart(title, "chart-" + id, bars, y + 4, currentLabel, previousLabel);
    }

    private static int width(Double value, double max) {
        if (value == null || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(value / max * PLOT_WIDTH));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
