package dk.kriminalforsorgen.mentorordning.shared.cpr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A valid Danish CPR number (IN2): ten digits DDMMYY-SSSS whose first six are a real date, taking
 * the century from the seventh digit as the CPR register does. No modulus-11 check: numbers issued
 * since 2007 may fail it. {@link #toString()} is masked, so a CPR number cannot reach a log line or
 * a page by accident (DP2, DP3); the full number is only available through {@link #full()}.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Cpr {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");
    private static final int MAX_INPUT = 20;

    private final String digits; // ten digits, no hyphen

    /** Why a text is not a CPR number. */
    public enum Problem {
        /** Not DDMMYY-SSSS (or ten digits). */
        FORMAT,
        /** Ten digits, but the first six are not a real date. */
        DATE
    }

    /** The outcome of checking a typed text: a CPR number or the problem. Never throws (IN2). */
    public record Validation(Cpr cpr, Problem problem) {

        public boolean valid() {
            return cpr != null;
        }
    }

    public static Validation validate(String text) {
        if (text == null) {
            return new Validation(null, Problem.FORMAT);
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_INPUT) {
            return new Validation(null, Problem.FORMAT);
        }
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            return new Validation(null, Problem.FORMAT);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        String serial = m.group(4);
        int year = century(serial.charAt(0) - '0', yy) + yy;
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return new Validation(null, Problem.DATE);
        }
        return new Validation(new Cpr(m.group(1) + m.group(2) + m.group(3) + serial), null);
    }

    /** The CPR number in the text, or empty when it is not a valid one. */
    public static Optional<Cpr> parse(String text) {
        return Optional.ofNullable(validate(text).cpr());
    }

    /** A CPR number read back from storage, which was valid when stored. */
    public static Cpr of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a valid CPR number"));
    }

    /** The century rule of the CPR register: the seventh digit and the year decide the century. */
    static int century(int seventhDigit, int yy) {
        return switch (seventhDigit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800; // 5-8
        };
    }

    /** The date of birth the number encodes. */
    public LocalDate birthDate() {
        int yy = Integer.parseInt(digits.substring(4, 6));
        return LocalDate.of(century(digits.charAt(6) - '0', yy) + yy,
                Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(0, 2)));
    }

    /** DDMMYY-xxxx: what pages show by default (DP2). */
    public String masked() {
        return digits.substring(0, 6) + "-xxxx";
    }

    /** DDMMYY-SSSS: only for an audited reveal and for encryption. */
    public String full() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cpr cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked on purpose (DP3): never the full number in a log line or an exception message. */
    @Override
    public String toString() {
        return masked();
    }
}
