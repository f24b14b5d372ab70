package dk.kriminalforsorgen.mentorordning.insight;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * A figure as CSV for Danish Excel: semicolons, decimal commas, UTF-8 with a byte-order mark.
 * Every export is audited with its criteria, in the same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FigureCsv {

    public static final String EXPORT = "INSIGHT_EXPORT";

    private final NationalFigures figures;
    private final AuditService audit;

    @Transactional
    public byte[] export(Figure figure, NationalFigures.Criteria criteria, String currentHeading, String previousHeading) {
        NationalFigures.Table table = figures.table(figure, criteria);
        audit.record(EXPORT, "Figure", figure.name(), criteria.describe());
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord(table.title() + " (" + table.unit() + ")", currentHeading, previousHeading);
            for (NationalFigures.Row row : table.rows()) {
                csv.printRecord(row.label(), number(row.current()), number(row.previous()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value).replace('.', ',');
    }
}
