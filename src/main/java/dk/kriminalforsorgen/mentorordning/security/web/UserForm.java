package dk.kriminalforsorgen.mentorordning.security.web;

/**
 * What the directorate may set on an existing user (AZ4: nothing else is bound; the user name,
 * the enabled flag and the password have their own actions). The version is the one the form was
 * opened with (CI1).
 */
public class UserForm extends AssignmentForm {

    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
