package dk.kriminalforsorgen.mentorordning.shared.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Labelled;

/**
 * Issue 12: a list as a spreadsheet for Danish Excel, written to the response while the rows are read
 * (a list's export never holds all its rows in memory). Semicolons, UTF-8 with a byte-order mark (so
 * Excel reads æ, ø, å), CRLF line ends, fields quoted when they need it; dates in ISO form (Excel reads
 * them as dates in every locale) and decimals with a comma, as Danish Excel reads them. A text that starts like a formula ({@code = + - @}) gets a leading apostrophe, so a
 * name can never run as a formula in the spreadsheet (CSV injection).
 *
 * <p>An export has at most {@link #MAX_ROWS} rows (the lists' pages offer at most 5,000); the services
 * read with a database cursor of {@link #FETCH_SIZE} rows. Each service audits the export with its
 * criteria and the number of rows, in the transaction that read them (AU1).
 */
public final class CsvExport implements AutoCloseable {

    /** The most rows one export writes; documented in docs/architecture.md. */
    public static final int MAX_ROWS = 50_000;
    /** Rows fetched per round trip by the streaming queries. */
    public static final int FETCH_SIZE = 500;

    static final CSVFormat DANISH_EXCEL = CSVFormat.EXCEL.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CSVPrinter printer;
    private final MessageSource messages;
    private int rows;

    private CsvExport(Writer writer, MessageSource messages, List<String> headerKeys) throws IOException {
        this.messages = messages;
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, DANISH_EXCEL);
        List<String> header = new ArrayList<>();
        for (String key : headerKeys) {
            header.add(messages.getMessage(key, null, DanishFormat.DANISH));
        }
        printer.printRecord(header);
    }

    /**
     * Starts the download: the response headers, the byte-order mark and the header row (the Danish texts
     * of {@code headerKeys}). Call it only once the criteria are checked: from here the response is committed.
     */
    public static CsvExport start(HttpServletResponse response, MessageSource messages, String fileName,
                                  String... headerKeys) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName + ".csv").build().toString());
        try {
            return new CsvExport(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), messages,
                    List.of(headerKeys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; each value written as {@link #cell} writes it. */
    public void row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Danish text of a state, status or level, as the page shows it; empty for none. */
    public String label(Labelled value) {
        return value == null ? "" : messages.getMessage(value.messageKey(), null, DanishFormat.DANISH);
    }

    /** The Danish text of a message key (a state's {@code messageKey()}); empty for none. */
    public String text(String messageKey) {
        return messageKey == null ? "" : messages.getMessage(messageKey, null, DanishFormat.DANISH);
    }

    public int rows() {
        return rows;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return day.toString(); // ISO 2026-12-01: Excel reads it as a date in every locale
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean yes) {
            return yes ? "Ja" : "Nej";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
