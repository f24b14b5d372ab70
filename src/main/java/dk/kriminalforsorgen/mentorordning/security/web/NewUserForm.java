package dk.kriminalforsorgen.mentorordning.security.web;

/**
 * A new user: user name and the assignment (the e-mail address with it). No password (issue 14: the user sets their
 * own through an invitation), no version, no enabled flag (AZ4): a posted {@code password} is not bound.
 */
public class NewUserForm extends AssignmentForm {

    private String username;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
