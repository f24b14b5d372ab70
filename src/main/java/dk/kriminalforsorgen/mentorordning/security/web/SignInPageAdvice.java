package dk.kriminalforsorgen.mentorordning.security.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.SignInProperties;
import dk.kriminalforsorgen.mentorordning.shared.web.ShellController;

/**
 * Issue 14: what the log-in page offers: the password form unless switched off, and "Log ind med ..." when
 * single sign-on is configured.
 */
@ControllerAdvice(assignableTypes = {ShellController.class, SignInPageController.class})
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInPageAdvice {

    /** The provider's authorization start, Spring Security's {@code /oauth2/authorization/{registrationId}}. */
    static final String SSO_START = "/oauth2/authorization/sso";

    private final SignInProperties properties;

    @ModelAttribute
    public void signInOptions(Model model) {
        model.addAttribute("localLoginEnabled", properties.localLoginEnabled());
        model.addAttribute("ssoEnabled", properties.sso().enabled());
        model.addAttribute("ssoProvider", properties.sso().providerName());
        model.addAttribute("ssoStart", SSO_START);
    }
}
