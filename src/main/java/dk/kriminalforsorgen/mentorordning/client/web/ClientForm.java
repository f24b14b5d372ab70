package dk.kriminalforsorgen.mentorordning.client.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.kriminalforsorgen.mentorordning.client.Client.PersonalData;
import dk.kriminalforsorgen.mentorordning.client.CustodyPlacement;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.shared.Language;

/**
 * A new client: personal data and the first custody status. Binds only what a caseworker may set (AZ4).
 * The fields are declared in the order of the page: the error summary lists errors in this order.
 */
public class ClientForm implements PlacementFields {

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @NotBlank
    @Size(max = 20)
    private String cpr;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 300)
    private String address;

    private Language preferredLanguage;

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

    /** C2 (§10): the user chose "register and hand over" for an inmate supervised by another area after release. */
    private boolean handOver;

    PersonalData personalData() {
        return new PersonalData(firstName, lastName, phone, email, address, preferredLanguage);
    }

    @Override
    public CustodyPlacement placement() {
        return new CustodyPlacement(status, unitId, releaseUnitId, expectedReleaseDate, supervisionEndDate);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getCpr() { return cpr; }
    public void setCpr(String cpr) { this.cpr = cpr; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Language getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(Language preferredLanguage) { this.preferredLanguage = preferredLanguage; }
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
    public boolean isHandOver() { return handOver; }
    public void setHandOver(boolean handOver) { this.handOver = handOver; }
}
