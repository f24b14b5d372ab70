package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** AZ5: the directorate's purpose for opening a client record; it goes into the audit log. */
public class PurposeForm {

    @NotBlank
    @Size(min = 10, max = 500)
    private String purpose;

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
}
