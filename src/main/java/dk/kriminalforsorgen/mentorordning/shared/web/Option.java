package dk.kriminalforsorgen.mentorordning.shared.web;

/** One choice of a select or radio group: shown by its message key, or by its text when the key is null. */
public record Option(String value, String labelKey, String text) {

    public static Option ofKey(Object value, String labelKey) {
        return new Option(String.valueOf(value), labelKey, null);
    }

    public static Option ofText(Object value, String text) {
        return new Option(String.valueOf(value), null, text);
    }
}
