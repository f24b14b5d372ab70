package dk.kriminalforsorgen.mentorordning.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;


/** Issue 14: the Danish page of a single sign-on that matched no active account (AS3), audited before. */
@Controller
public class SignInPageController {

    /** Unknown or disabled account: one page for both, so it reveals nothing about which accounts exist. */
    @GetMapping("/login/sso-afvist")
    public String refused() {
        return "login-refused";
    }
}
