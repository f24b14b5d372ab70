package dk.kriminalforsorgen.mentorordning.security.web;

/** The provider's value of the matching claim for one account (AS3); blank unlinks it. */
public class SingleSignOnLinkForm {

    private String externalId;

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }
}
