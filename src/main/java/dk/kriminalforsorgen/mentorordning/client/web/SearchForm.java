package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.Size;

/**
 * Search by name and exact CPR number. Sent by POST and kept in the session, so neither a name nor
 * a CPR number ever appears in a URL (DP3); the CPR number is kept only as a parsed value and never
 * written back into the page. A record: text fields only, so binding cannot fail a conversion.
 *
 * @param query the header's one field (issue 16): a name, or a CPR number when it holds a digit
 */
public record SearchForm(@Size(max = 100) String name, @Size(max = 20) String cpr, @Size(max = 100) String query) {

    public SearchForm(String name, String cpr) {
        this(name, cpr, null);
    }

    /** The header's query as a name or a CPR search (names hold no digits); the form as it is without one. */
    SearchForm resolved() {
        if (query == null) {
            return this;
        }
        return query.chars().anyMatch(Character::isDigit) ? new SearchForm(null, query) : new SearchForm(query, null);
    }
}
