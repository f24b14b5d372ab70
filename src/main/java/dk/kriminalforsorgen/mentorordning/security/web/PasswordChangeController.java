package dk.kriminalforsorgen.mentorordning.security.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.PasswordChange;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/** Issue 14: "Skift adgangskode", every signed-in user's own password, linked from the header. */
@Controller
@RequestMapping("/konto/adgangskode")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PasswordChangeController {

    private static final String FORM = "form";
    private static final String VIEW = "account/password";

    private final PasswordChange passwordChange;
    private final CurrentUsers currentUsers;

    @GetMapping
    public String form(Model model) {
        model.addAttribute(FORM, new PasswordChangeForm());
        return VIEW;
    }

    @PostMapping
    public String change(@ModelAttribute(FORM) PasswordChangeForm form, BindingResult binding, HttpSession session,
                         RedirectAttributes redirect) {
        return FormErrors.attempt(binding, () -> {
            passwordChange.change(currentUsers.require().id(), form.getCurrentPassword(), form.getNewPassword(),
                    form.getRepeatedPassword(), session.getId());
            return Flash.success(redirect, "password.changed", "/konto/adgangskode");
        }, () -> {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setRepeatedPassword(null);
            return VIEW;
        });
    }
}
