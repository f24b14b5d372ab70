package dk.kriminalforsorgen.mentorordning.client.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;

/** A change of custody status from a date (the history keeps the old one). Carries the version (CI1). */
public class StatusForm implements PlacementFields {

    @NotNull
    private CustodyStatus status;

    private Long unitId;

    @NotNull
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate statusSince;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate expectedReleaseDate;

    private Long releaseUnitId;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate supervisionEndDate;

    @NotNull
    private Long version;

    static StatusForm of(Client client, LocalDate today) {
        StatusForm form = new StatusForm();
        form.status = client.getCustodyStatus();
        form.unitId = client.getUnitId();
        form.releaseUnitId = client.getReleaseUnitId();
        form.expectedReleaseDate = client.getExpectedReleaseDate();
        form.supervisionEndDate = client.getSupervisionEndDate();
        form.statusSince = today;
        form.version = client.getVersion();
        return form;
    }

    @Override
    public CustodyPlacement placement() {
        return new CustodyPlacement(status, unitId, releaseUnitId, expectedReleaseDate, supervisionEndDate);
    }

    public CustodyStatus getStatus() { return status; }
    public void setStatus(CustodyStatus status) { this.status = status; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getReleaseUnitId() { return releaseUnitId; }
    public void setReleaseUnitId(Long releaseUnitId) { this.releaseUnitId = releaseUnitId; }
    public LocalDate getExpectedReleaseDate() { return expectedReleaseDate; }
    public void setExpectedReleaseDate(LocalDate expectedReleaseDate) { this.expectedReleaseDate = expectedReleaseDate; }
    public LocalDate getSupervisionEndDate() { return supervisionEndDate; }
    public void setSupervisionEndDate(LocalDate supervisionEndDate) { this.supervisionEndDate = supervisionEndDate; }
    public LocalDate getStatusSince() { return statusSince; }
    public void setStatusSince(LocalDate statusSince) { this.statusSince = statusSince; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
