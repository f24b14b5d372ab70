package dk.kriminalforsorgen.mentorordning.client.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.kriminalforsorgen.mentorordning.client.Client;

/** The documented special need (E2) and the motivation with its date (E3). Carries the version (CI1). */
public class NeedForm {

    @Size(max = 4000)
    private String specialNeed;

    /** "true", "false" or empty (not recorded). */
    private Boolean motivated;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate motivationDate;

    @Size(max = 1000)
    private String motivationNote;

    @NotNull
    private Long version;

    static NeedForm of(Client client) {
        NeedForm form = new NeedForm();
        form.specialNeed = client.getSpecialNeed();
        form.motivated = client.getMotivated();
        form.motivationDate = client.getMotivationDate();
        form.motivationNote = client.getMotivationNote();
        form.version = client.getVersion();
        return form;
    }

    public String getSpecialNeed() { return specialNeed; }
    public void setSpecialNeed(String specialNeed) { this.specialNeed = specialNeed; }
    public Boolean getMotivated() { return motivated; }
    public void setMotivated(Boolean motivated) { this.motivated = motivated; }
    public LocalDate getMotivationDate() { return motivationDate; }
    public void setMotivationDate(LocalDate motivationDate) { this.motivationDate = motivationDate; }
    public String getMotivationNote() { return motivationNote; }
    public void setMotivationNote(String motivationNote) { this.motivationNote = motivationNote; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
