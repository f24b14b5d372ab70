package dk.kriminalforsorgen.mentorordning.security.web;

/** A code typed at sign-in or at enrolment (AS3): six digits from the app, or a recovery code. */
public class CodeForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
