package dk.kriminalforsorgen.mentorordning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class DanishFormatTest {

    @Test
    void aDateIsWrittenAsDanishReadersWriteIt() {
        assertThat(DanishFormat.date(LocalDate.of(2026, 12, 1))).isEqualTo("1. december 2026");
        assertThat(DanishFormat.date(LocalDate.of(2027, 5, 31))).isEqualTo("31. maj 2027");
    }

    @Test
    void aMissingValueIsShownAsNothing() {
        assertThat(DanishFormat.date(null)).isEmpty();
        assertThat(DanishFormat.dayOf(null)).isEmpty();
        assertThat(DanishFormat.dateTime(null)).isEmpty();
        assertThat(DanishFormat.timestamp(null)).isEmpty();
        assertThat(DanishFormat.month(null)).isEmpty();
        assertThat(DanishFormat.decimal((java.math.BigDecimal) null)).isEmpty();
        assertThat(DanishFormat.decimal((Double) null)).isEmpty();
        assertThat(DanishFormat.decimal(12.5d)).isEqualTo("12,5");
    }

    @Test
    void aMomentIsShownInDanishTimeIncludingSummerTime() {
        // 13:05 UTC is 14:05 in winter (CET) and 15:05 in summer (CEST).
        assertThat(DanishFormat.dateTime(Instant.parse("2026-12-01T13:05:00Z"))).isEqualTo("1. december 2026 kl. 14.05");
        assertThat(DanishFormat.dateTime(Instant.parse("2026-07-01T13:05:00Z"))).isEqualTo("1. juli 2026 kl. 15.05");
        assertThat(DanishFormat.timestamp(Instant.parse("2026-12-01T13:05:09Z"))).isEqualTo("1. december 2026 kl. 14.05.09");
    }

    @Test
    void theDayOfAMomentIsTheDanishCalendarDay() {
        // 23:30 UTC on 30 November is already 1 December in Copenhagen.
        assertThat(DanishFormat.dayOf(Instant.parse("2026-11-30T23:30:00Z"))).isEqualTo("1. december 2026");
    }

    @Test
    void monthsAndPeriods() {
        assertThat(DanishFormat.month(YearMonth.of(2026, 10))).isEqualTo("oktober 2026");
        assertThat(DanishFormat.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("1. oktober 2026 – 31. december 2026");
    }

    @Test
    void decimalsHaveADecimalCommaAThousandsPointAndNoTrailingZeros() {
        assertThat(DanishFormat.decimal(new BigDecimal("12.5"))).isEqualTo("12,5");
        assertThat(DanishFormat.decimal(new BigDecimal("18.50"))).isEqualTo("18,5");
        assertThat(DanishFormat.decimal(new BigDecimal("18.00"))).isEqualTo("18");
        assertThat(DanishFormat.decimal(new BigDecimal("5000"))).isEqualTo("5.000");
        assertThat(DanishFormat.decimal(new BigDecimal("1234.75"))).isEqualTo("1.234,75");
        assertThat(DanishFormat.decimal(new BigDecimal("0.125"))).isEqualTo("0,13");
    }

    @Test
    void messageArgumentsAreFormattedByTypeAndOthersPassThrough() {
        assertThat(DanishFormat.argument(LocalDate.of(2026, 12, 1))).isEqualTo("1. december 2026");
        assertThat(DanishFormat.argument(YearMonth.of(2026, 12))).isEqualTo("december 2026");
        assertThat(DanishFormat.argument(new BigDecimal("18.5"))).isEqualTo("18,5");
        assertThat(DanishFormat.argument(3)).isEqualTo(3);
        assertThat(DanishFormat.argument("tekst")).isEqualTo("tekst");
    }

    /** Templates call the static methods through the bean, {@code ${@danish.date(x)}}: SpEL resolves them on an instance. */
    @Test
    void templatesCanCallTheMethodsThroughTheBean() {
        StandardEvaluationContext context = new StandardEvaluationContext(new DanishFormat());
        context.setVariable("day", LocalDate.of(2026, 12, 1));
        context.setVariable("none", null);
        SpelExpressionParser parser = new SpelExpressionParser();
        assertThat(parser.parseExpression("date(#day)").getValue(context)).isEqualTo("1. december 2026");
        assertThat(parser.parseExpression("date(#none)").getValue(context)).isEqualTo("");
        assertThat(parser.parseExpression("decimal(new java.math.BigDecimal('12.5'))").getValue(context)).isEqualTo("12,5");
    }
}
