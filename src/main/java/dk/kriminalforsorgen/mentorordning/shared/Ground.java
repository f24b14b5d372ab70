package dk.kriminalforsorgen.mentorordning.shared;

/**
 * What a refusal or an outcome rests on: a legal {@link Rule} of the circular (with its paragraph)
 * or a named {@link Check} of input or state that cites no paragraph.
 */
public sealed interface Ground permits Rule, Check {

    /** The ID used in code, tests and the rules catalogue: "E5", "M10", or a check's name. */
    String id();

    /** The paragraph of the circular, e.g. "§3 stk. 1"; null for a check. */
    String paragraph();

    /** A short Danish title. */
    String title();
}
