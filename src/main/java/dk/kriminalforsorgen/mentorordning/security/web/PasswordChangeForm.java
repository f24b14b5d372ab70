package dk.kriminalforsorgen.mentorordning.security.web;

/** A user's change of their own password (issue 14); no password is ever sent back to the browser. */
public class PasswordChangeForm {

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
