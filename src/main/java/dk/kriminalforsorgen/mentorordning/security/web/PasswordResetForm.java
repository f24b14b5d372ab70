package dk.kriminalforsorgen.mentorordning.security.web;

/** The directorate sets a new password for a user (AS1); it is never shown again. */
public class PasswordResetForm {

    private String newPassword;

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
