package dk.kriminalforsorgen.mentorordning.insight;

import java.time.LocalDate;

/** A calendar quarter, named by its first day (e.g. 2026-01-01 is "1. kvartal 2026"). */
public record Quarter(LocalDate start) {

    public static Quarter of(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return new Quarter(LocalDate.of(day.getYear(), firstMonth, 1));
    }

    /** Parses "2026-1" (year and quarter number), as in the page's query string. */
    public static Quarter parse(String text) {
        String[] parts = text.split("-");
        int number = Integer.parseInt(parts[1]);
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + text);
        }
        return new Quarter(LocalDate.of(Integer.parseInt(parts[0]), number * 3 - 2, 1));
    }

    public Quarter previous() {
        return new Quarter(start.minusMonths(3));
    }

    public LocalDate end() {
        return start.plusMonths(3).minusDays(1);
    }

    public int number() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    public int year() {
        return start.getYear();
    }

    /** The query-string value, e.g. "2026-1". */
    public String param() {
        return year() + "-" + number();
    }
}
