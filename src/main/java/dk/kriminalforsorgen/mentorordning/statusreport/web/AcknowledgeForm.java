package dk.kriminalforsorgen.mentorordning.statusreport.web;

/** DOMAIN §9: the sign-off of a report, with an optional note and the version it was read in (CI1). */
public class AcknowledgeForm {

    private String note;
    private Long version;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
