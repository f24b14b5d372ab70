package dk.kriminalforsorgen.mentorordning.shared.web;

/** Enum constants named by request parameters and form fields. */
public final class EnumValues {

    private EnumValues() {
    }

    /** The constant {@code value} names, or null when it is empty or names none (never an exception: IN3). */
    public static <E extends Enum<E>> E orNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
