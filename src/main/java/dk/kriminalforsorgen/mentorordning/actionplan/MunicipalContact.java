package dk.kriminalforsorgen.mentorordning.actionplan;

/**
 * Issue 17: the municipal contact person of a course's current action plan, as a possible meeting participant
 * (name, e-mail, phone; e-mail or phone may be null). Only offered when the client consented to sharing.
 */
public record MunicipalContact(String name, String email, String phone, Integer municipalityCode) {
}
