package dk.kriminalforsorgen.mentorordning.shared.cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** IN2: CPR numbers DDMMYY-SSSS with a real date, no modulus-11; DP2/DP3: masked by default. */
class CprTest {

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "0101901234", " 010190-1234 ", "290200-4000", "311299-9999"})
    void IN2_acceptsValidNumbersWithOrWithoutHyphen(String text) {
        Cpr.Validation validation = Cpr.validate(text);
        assertThat(validation.valid()).isTrue();
        assertThat(validation.cpr().full()).matches("\\d{6}-\\d{4}");
    }

    @Test
    void IN2_doesNotApplyModulus11() {
        // 010190-1235 fails the old modulus-11 check; numbers issued since 2007 may.
        assertThat(Cpr.validate("010190-1235").valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "010190-123", "010190-12345", "01019-01234", "010190 1234", "010190--1234",
            "٠١٠١٩٠-١٢٣٤", "010190-12a4"})
    void IN2_refusesTheWrongFormat(String text) {
        assertThat(Cpr.validate(text).problem()).isEqualTo(Cpr.Problem.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"320190-1234", "001190-1234", "011390-1234", "290290-1234", "310490-1234"})
    void IN2_refusesANumberWhoseFirstSixDigitsAreNotARealDate(String text) {
        assertThat(Cpr.validate(text).problem()).isEqualTo(Cpr.Problem.DATE);
    }

    @ParameterizedTest
    @CsvSource({"290200-4000,2000-02-29", "290200-3000,", "010137-4000,1937-01-01", "010136-9000,2036-01-01",
            "010158-5000,1858-01-01", "010157-5000,2057-01-01", "010190-1234,1990-01-01"})
    void IN2_takesTheCenturyFromTheSeventhDigit(String text, String birthDate) {
        Cpr.Validation validation = Cpr.validate(text);
        if (birthDate == null) {
            assertThat(validation.problem()).isEqualTo(Cpr.Problem.DATE); // 1900 was no leap year
        } else {
            assertThat(validation.cpr().birthDate()).isEqualTo(LocalDate.parse(birthDate));
        }
    }

    @Test
    void IN2_thousandsOfSeededRandomInputsNeverThrow() {
        Random random = new Random(20190801L);
        String alphabet = "0123456789-- x/æøå\u0000\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                text.append(i % 2 == 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (i % 3 == 0 && text.length() > 6) {
                text.insert(6, '-');
            }
            String input = text.toString();
            assertThatCode(() -> {
                Cpr.Validation validation = Cpr.validate(input);
                assertThat(validation.valid() != (validation.problem() != null)).isTrue();
            }).as(input).doesNotThrowAnyException();
        }
        assertThat(Cpr.validate(null).problem()).isEqualTo(Cpr.Problem.FORMAT);
        assertThat(Cpr.validate("1".repeat(10_000)).problem()).isEqualTo(Cpr.Problem.FORMAT);
    }

    @Test
    void DP2_isMaskedByDefaultAndNeverFullInToString() {
        Cpr cpr = Cpr.of("010190-1234");
        assertThat(cpr.masked()).isEqualTo("010190-xxxx");
        assertThat(cpr.toString()).isEqualTo("010190-xxxx").doesNotContain("1234");
        assertThat(cpr.full()).isEqualTo("010190-1234");
        assertThat(Cpr.of("0101901234")).isEqualTo(cpr);
    }
}
