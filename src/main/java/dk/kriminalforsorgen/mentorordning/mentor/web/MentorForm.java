package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorProfile;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** The mentor profile form (create, edit and a client's proposal). Binds no id, area or status (AZ4). */
public class MentorForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    /** Optional; never filled in from the record (DP2), so a blank field keeps the number on record. */
    @Size(max = 20)
    private String cpr;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String phone;
    @Size(max = 200)
    private String address;
    @Pattern(regexp = "\\d{4}")
    private String postalCode;
    @Size(max = 100)
    private String city;
    private boolean speaksDanish;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate cooperationDeclaredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate documentationDeclaredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate confidentialitySignedOn;
    private Long employeeUnitId;
    private BigDecimal hoursPerWeek;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingCompletedOn;
    private Set<NeedArea> needAreas = new LinkedHashSet<>();
    private Set<TaskGroup> taskGroups = new LinkedHashSet<>();
    private Set<String> languages = new LinkedHashSet<>();
    @Size(max = 2000)
    private String reason;
    private long version;

    public static MentorForm of(Mentor m) {
        MentorForm f = new MentorForm();
        f.firstName = m.getFirstName();
        f.lastName = m.getLastName();
        f.birthDate = m.getBirthDate();
        f.email = m.getEmail();
        f.phone = m.getPhone();
        f.address = m.getAddress();
        f.postalCode = m.getPostalCode();
        f.city = m.getCity();
        f.speaksDanish = m.speaksDanish();
        f.cooperationDeclaredOn = m.getCooperationDeclaredOn();
        f.documentationDeclaredOn = m.getDocumentationDeclaredOn();
        f.confidentialitySignedOn = m.getConfidentialitySignedOn();
        f.employeeUnitId = m.getEmployeeUnitId();
        f.hoursPerWeek = m.getHoursPerWeek();
        f.trainingCompletedOn = m.getTrainingCompletedOn();
        f.needAreas = new LinkedHashSet<>(m.getNeedAreas());
        f.taskGroups = new LinkedHashSet<>(m.getTaskGroups());
        f.languages = new LinkedHashSet<>(m.getLanguages());
        f.version = m.getVersion();
        return f;
    }

    /** The home area is set by the service (the coordinator's own area, or the client's for C3). */
    public MentorProfile toProfile() {
        return new MentorProfile(firstName, lastName, birthDate, email, phone, address, postalCode, city, null,
                speaksDanish, cooperationDeclaredOn, documentationDeclaredOn, confidentialitySignedOn, employeeUnitId,
                hoursPerWeek, trainingCompletedOn, needAreas, taskGroups, languages);
    }

    /**
     * DP2: the CPR number is taken out of the form before anything can refuse it, so a page shown again never echoes
     * it (a refusal at its field keeps the field's value as it is at that moment).
     */
    String takeCpr() {
        String taken = cpr;
        cpr = null;
        return taken;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getCpr() { return cpr; }
    public void setCpr(String v) { cpr = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public boolean isSpeaksDanish() { return speaksDanish; }
    public void setSpeaksDanish(boolean v) { speaksDanish = v; }
    public LocalDate getCooperationDeclaredOn() { return cooperationDeclaredOn; }
    public void setCooperationDeclaredOn(LocalDate v) { cooperationDeclaredOn = v; }
    public LocalDate getDocumentationDeclaredOn() { return documentationDeclaredOn; }
    public void setDocumentationDeclaredOn(LocalDate v) { documentationDeclaredOn = v; }
    public LocalDate getConfidentialitySignedOn() { return confidentialitySignedOn; }
    public void setConfidentialitySignedOn(LocalDate v) { confidentialitySignedOn = v; }
    public Long getEmployeeUnitId() { return employeeUnitId; }
    public void setEmployeeUnitId(Long v) { employeeUnitId = v; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(BigDecimal v) { hoursPerWeek = v; }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public void setTrainingCompletedOn(LocalDate v) { trainingCompletedOn = v; }
    public Set<NeedArea> getNeedAreas() { return needAreas; }
    public void setNeedAreas(Set<NeedArea> v) { needAreas = v == null ? new LinkedHashSet<>() : v; }
    public Set<TaskGroup> getTaskGroups() { return taskGroups; }
    public void setTaskGroups(Set<TaskGroup> v) { taskGroups = v == null ? new LinkedHashSet<>() : v; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> v) { languages = v == null ? new LinkedHashSet<>() : v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
