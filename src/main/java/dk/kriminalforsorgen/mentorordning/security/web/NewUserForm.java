package dk.kriminalforsorgen.mentorordning.security.web;

/** A new user: user name, initial password (AS1) and the assignment. No version, no enabled flag (AZ4). */
public class NewUserForm extends AssignmentForm {

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
