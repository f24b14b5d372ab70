package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.Size;

/**
 * Search by name and exact CPR number. Sent by POST and kept in the session, so neither a name nor
 * a CPR number ever appears in a URL (DP3); the CPR number is kept only as a parsed value and never
 * written back into the page. A record: text fields only, so binding cannot fail a conversion.
 */
public record SearchForm(@Size(max = 100) String name, @Size(max = 20) String cpr) {
}
