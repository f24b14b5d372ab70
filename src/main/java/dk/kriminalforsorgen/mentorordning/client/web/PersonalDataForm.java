package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.Client.PersonalData;
import dk.kriminalforsorgen.mentorordning.shared.Language;

/**
 * Name, contact details and language of a client. The CPR number is never put into the form
 * (DP2); a new one can be typed to correct it. Carries the version the form was opened with (CI1).
 */
public class PersonalDataForm {

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @Size(max = 20)
    private String newCpr;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 300)
    private String address;

    private Language preferredLanguage;

    @NotNull
    private Long version;

    static PersonalDataForm of(Client client) {
        PersonalDataForm form = new PersonalDataForm();
        form.firstName = client.getFirstName();
        form.lastName = client.getLastName();
        form.phone = client.getPhone();
        form.email = client.getEmail();
        form.address = client.getAddress();
        form.preferredLanguage = client.getPreferredLanguage();
        form.version = client.getVersion();
        return form;
    }

    PersonalData personalData() {
        return new PersonalData(firstName, lastName, phone, email, address, preferredLanguage);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getNewCpr() { return newCpr; }
    public void setNewCpr(String newCpr) { this.newCpr = newCpr; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Language getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(Language preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
