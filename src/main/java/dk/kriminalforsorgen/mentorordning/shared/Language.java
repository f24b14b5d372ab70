package dk.kriminalforsorgen.mentorordning.shared;

/**
 * Languages a client prefers or a mentor speaks, by ISO 639-1 code. A fixed list, so clients and
 * mentors can be matched on it (DOMAIN §9). Shown by message key {@code language.<code>}.
 */
public enum Language {
    DA, EN, DE, PL, RO, LT, RU, UK, AR, TR, FA, UR, SO, KU, BS, TI, SV, NO, ES, FR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "language." + code();
    }

    public static Language fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
