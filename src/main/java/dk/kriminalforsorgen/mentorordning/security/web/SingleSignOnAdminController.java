package dk.kriminalforsorgen.mentorordning.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.SignInProperties;
import dk.kriminalforsorgen.mentorordning.security.SingleSignOnAccounts;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * AS3: the directorate links an account to the staff member's user at the identity provider, by the provider's
 * value of the matching claim ({@code mentorordning.security.sso.user-claim}), at
 * {@code /admin/brugere/{id}/sso}. Role, area and unit stay those of the account.
 */
@Controller
@RequestMapping("/admin/brugere/{id}/sso")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SingleSignOnAdminController {

    private static final String FORM = "form";
    private static final String VIEW = "admin/users/sso";

    private final UserAdministration users;
    private final SingleSignOnAccounts accounts;
    private final SignInProperties signIn;

    @GetMapping
    public String form(@PathVariable long id, Model model) {
        AppUser user = users.get(id);
        SingleSignOnLinkForm form = new SingleSignOnLinkForm();
        form.setExternalId(accounts.externalIdOf(id).orElse(null));
        model.addAttribute(FORM, form);
        return view(user, model);
    }

    @PostMapping
    public String link(@PathVariable long id, @ModelAttribute(FORM) SingleSignOnLinkForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        AppUser user = users.get(id);
        return FormErrors.attempt(binding, () -> {
            accounts.link(id, form.getExternalId());
            redirect.addFlashAttribute("flashArgs", user.getUsername());
            return Flash.success(redirect, "user.externalId.saved", "/admin/brugere/" + id);
        }, () -> view(user, model));
    }

    private String view(AppUser user, Model model) {
        model.addAttribute("account", user);
        model.addAttribute("userClaim", signIn.sso().userClaim());
        model.addAttribute("ssoProvider", signIn.sso().providerName());
        return VIEW;
    }
}
