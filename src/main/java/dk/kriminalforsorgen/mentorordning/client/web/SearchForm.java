package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.Size;

/**
 * Search by name and exact CPR number. Sent by POST and kept in the session, so neither a name nor
 * a CPR number ever appears in a URL (DP3); the CPR number is kept only as a parsed value and never
 * written back into the page.
 */
public class SearchForm {

    @Size(max = 100)
    private String name;

    @Size(max = 20)
    private String cpr;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCpr() { return cpr; }
    public void setCpr(String cpr) { this.cpr = cpr; }
}
