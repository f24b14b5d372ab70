package dk.kriminalforsorgen.mentorordning.security.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AccountInvitations;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitations.Valid;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * Issue 14: the invitation link. Opening it shows who it is for and a password form (GET changes nothing); a
 * password that keeps the AS1 rules is set and the link is used up. A used, revoked or expired link answers a Danish
 * page (410 Gone) that says to ask for a new one.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationController {

    private static final String FORM = "form";

    private final AccountInvitations invitations;

    @GetMapping(AccountInvitations.PATH + "{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Valid> invitation = invitations.check(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute(FORM, new PasswordResetForm());
        return "account/invitation";
    }

    @PostMapping(AccountInvitations.PATH + "{token}")
    String accept(@PathVariable String token, @ModelAttribute(FORM) PasswordResetForm form, BindingResult binding,
                  Model model, HttpServletResponse response) {
        Optional<Valid> invitation = invitations.check(token);
        if (invitation.isEmpty()) {
            return gone(response);
        }
        return FormErrors.attempt(binding, () -> {
            if (invitations.accept(token, form.getNewPassword()).isEmpty()) {
                return gone(response);
            }
            return "redirect:/login?konto-klar";
        }, () -> {
            form.setNewPassword(null);
            model.addAttribute("invitation", invitation.get());
            model.addAttribute("token", token);
            return "account/invitation";
        });
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "account/invitation-gone";
    }
}
