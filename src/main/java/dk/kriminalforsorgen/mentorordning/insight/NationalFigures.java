package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.Area;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;

/**
 * The directorate's national figures for a quarter against the previous one, per area, filtered by
 * unit type and risk level, read from insight_figure (a few hundred summary rows, whatever the size
 * of the data). Counts only: no personal data. The unit type and risk-level filters apply to the
 * figures about clients and courses; the registry and approval figures are per area only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NationalFigures {

    /** The filter of the page. Null values mean "all". */
    public record Criteria(Quarter quarter, Long areaId, String unitType, String riskLevel) {

        public String describe() {
            return "kvartal=" + quarter.param() + ", område=" + (areaId == null ? "alle" : areaId)
                    + ", enhedstype=" + (unitType == null ? "alle" : unitType)
                    + ", risiko=" + (riskLevel == null ? "alle" : riskLevel);
        }
    }

    /** One line of a figure's table: this quarter and the previous one (null = nothing to show). */
    public record Row(String label, Double current, Double previous, boolean total) {
    }

    public record Table(Figure figure, String title, String unit, List<Row> rows, Chart chart) {
    }

    private record Stored(LocalDate quarter, Figure figure, Long areaId, String unitType, String riskLevel,
                          String category, double amount, long count) {
    }

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;
    private final MessageSource messages;

    /** Every figure. */
    public List<Table> tables(Criteria criteria) {
        return tables(criteria, List.of(Figure.values()));
    }

    /** The given figures, from one read of the summaries. */
    public List<Table> tables(Criteria criteria, List<Figure> which) {
        List<Stored> rows = load(criteria);
        return which.stream().map(figure -> table(figure, criteria, rows)).toList();
    }

    public Table table(Figure figure, Criteria criteria) {
        return table(figure, criteria, load(criteria));
    }

    private Table table(Figure figure, Criteria criteria, List<Stored> all) {
        List<Stored> rows = all.stream().filter(r -> r.figure() == figure).filter(matches(figure, criteria)).toList();
        LocalDate current = criteria.quarter().start();
        LocalDate previous = criteria.quarter().previous().start();
        List<Row> lines = new ArrayList<>();
        if (categorical(figure)) {
            Map<String, List<Stored>> byCategory = new LinkedHashMap<>();
            rows.stream().map(Stored::category).distinct().sorted().forEach(c -> byCategory.put(c, new ArrayList<>()));
            rows.forEach(r -> byCategory.get(r.category()).add(r));
            byCategory.forEach((category, group) -> lines.add(
                    new Row(categoryLabel(figure, category), value(figure, group, current), value(figure, group, previous), false)));
        } else {
            for (Area area : reference.areas()) {
                if (criteria.areaId() == null || criteria.areaId().equals(area.getId())) {
                    List<Stored> group = rows.stream().filter(r -> area.getId().equals(r.areaId())).toList();
                    lines.add(new Row(area.getName(), value(figure, group, current), value(figure, group, previous), false));
                }
            }
            if (criteria.areaId() == null) {
                lines.add(new Row(text("insight.national"), value(figure, rows, current), value(figure, rows, previous), true));
            }
        }
        String title = text(figure.messageKey());
        String unit = text("insight.unit." + figure.kind().name());
        return new Table(figure, title, unit, lines, Chart.of(title, figure.name(), lines,
                text("insight.quarter.current"), text("insight.quarter.previous")));
    }

    /** The figures broken down by category rather than by area. */
    static boolean categorical(Figure figure) {
        return switch (figure) {
            case COURSES_ENDED, GOAL_OUTCOMES, MENTORS_BY_STATUS, VETTING_EXPIRING -> true;
            default -> false;
        };
    }

    private static Double value(Figure figure, List<Stored> rows, LocalDate quarter) {
        List<Stored> of = rows.stream().filter(r -> r.quarter().equals(quarter)).toList();
        if (of.isEmpty()) {
            return figure.kind() == Figure.Kind.COUNT && !figure.snapshot() ? 0.0 : null;
        }
        return figure.value(of.stream().mapToDouble(Stored::amount).sum(), of.stream().mapToLong(Stored::count).sum());
    }

    private static Predicate<Stored> matches(Figure figure, Criteria criteria) {
        return r -> (criteria.areaId() == null || criteria.areaId().equals(r.areaId()))
                && (!figure.clientDimensions() || criteria.unitType() == null || criteria.unitType().equals(r.unitType()))
                && (!figure.clientDimensions() || criteria.riskLevel() == null || criteria.riskLevel().equals(r.riskLevel()));
    }

    private List<Stored> load(Criteria criteria) {
        return jdbc.query("""
                select quarter_start, figure, area_id, unit_type, risk_level, category, amount, count
                from insight_figure where quarter_start in (?, ?)
                """, (rs, i) -> new Stored(rs.getDate(1).toLocalDate(), Figure.valueOf(rs.getString(2)),
                (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getDouble(7), rs.getLong(8)),
                Date.valueOf(criteria.quarter().start()), Date.valueOf(criteria.quarter().previous().start()));
    }

    private String categoryLabel(Figure figure, String category) {
        if (figure == Figure.GOAL_OUTCOMES) {
            String[] parts = category.split(":");
            return text("needArea." + parts[0]) + ": " + text("insight.outcome." + parts[1]);
        }
        return text("insight.category." + category);
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
