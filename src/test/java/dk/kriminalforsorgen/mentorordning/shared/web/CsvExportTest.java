package dk.kriminalforsorgen.mentorordning.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Issue 12: how a value is written for Danish Excel, and that no cell can run as a formula (CSV injection). */
class CsvExportTest {

    @Test
    void datesAreIsoDecimalsHaveACommaAndYesNoIsDanish() {
        assertThat(CsvExport.cell(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(CsvExport.cell(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(CsvExport.cell(new BigDecimal("10"))).isEqualTo("10");
        assertThat(CsvExport.cell(true)).isEqualTo("Ja");
        assertThat(CsvExport.cell(null)).isEmpty();
        assertThat(CsvExport.cell(42L)).isEqualTo("42");
    }

    @Test
    void aTextThatStartsLikeAFormulaIsWrittenAsText() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.cell("+45 1234")).isEqualTo("'+45 1234");
        assertThat(CsvExport.cell("-1")).isEqualTo("'-1");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("Åse Ørsted")).isEqualTo("Åse Ørsted");
    }
}
