package dk.kriminalforsorgen.mentorordning.security.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.SecondFactor;
import dk.kriminalforsorgen.mentorordning.security.SecondFactor.Enrolment;
import dk.kriminalforsorgen.mentorordning.security.SecondFactor.Outcome;
import dk.kriminalforsorgen.mentorordning.security.SecondFactorLogin;

/**
 * AS3: the pages between the password and the application: the code (or a recovery code), and the enrolment of an
 * authenticator app (forced at the first sign-in where the role requires it; any signed-in user may enrol one too).
 * The offered secret is kept in the session until the user confirms it with a code; the recovery codes are shown
 * once, on the page after the confirmation.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SecondFactorController {

    private static final String OFFER = SecondFactorController.class.getName() + ".offer";
    private static final String FORM = "form";

    private final SecondFactor secondFactor;
    private final SecondFactorLogin login;
    private final CurrentUsers currentUsers;

    @GetMapping(SecondFactorLogin.CODE_PAGE)
    String codeForm(Model model) {
        Optional<CurrentUser> user = SecondFactorLogin.pendingUser();
        if (user.isEmpty()) {
            return "redirect:/";
        }
        if (!secondFactor.enrolled(user.get().id())) {
            return "redirect:" + SecondFactorLogin.ENROL_PAGE;
        }
        model.addAttribute(FORM, new CodeForm());
        return "account/code";
    }

    @PostMapping(SecondFactorLogin.CODE_PAGE)
    String code(@ModelAttribute(FORM) CodeForm form, BindingResult binding, HttpServletRequest request,
                HttpServletResponse response, RedirectAttributes redirect) {
        Optional<CurrentUser> pending = SecondFactorLogin.pendingUser();
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        CurrentUser user = pending.get();
        if (login.locked(user)) {
            login.failed(user, request);
            return "redirect:/login?fejl";
        }
        Outcome outcome = secondFactor.verify(user, form.getCode());
        if (outcome == Outcome.REFUSED) {
            if (login.failed(user, request)) {
                return "redirect:/login?fejl";
            }
            form.setCode(null);
            binding.rejectValue("code", "secondFactor.code.wrong");
            return "account/code";
        }
        login.complete(user, request, response);
        if (outcome == Outcome.RECOVERY_CODE_ACCEPTED) {
            redirect.addFlashAttribute("flashSuccess", "secondFactor.recoveryCode.used");
            redirect.addFlashAttribute("flashArgs", secondFactor.recoveryCodesLeft(user.id()));
        }
        return "redirect:/";
    }

    @GetMapping(SecondFactorLogin.ENROL_PAGE)
    String enrolForm(HttpSession session, Model model) {
        Optional<CurrentUser> user = enrollingUser();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute(FORM, new CodeForm());
        return enrolView(user.get(), session, model);
    }

    @PostMapping(SecondFactorLogin.ENROL_PAGE)
    String enrol(@ModelAttribute(FORM) CodeForm form, BindingResult binding, HttpServletRequest request,
                 HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<CurrentUser> enrolling = enrollingUser();
        if (enrolling.isEmpty()) {
            return "redirect:/login";
        }
        CurrentUser user = enrolling.get();
        boolean pending = SecondFactorLogin.pendingUser().isPresent();
        if (pending && login.locked(user)) {
            login.failed(user, request);
            return "redirect:/login?fejl";
        }
        String offered = (String) session.getAttribute(OFFER);
        List<String> codes = offered == null ? null : secondFactor.confirm(user, offered, form.getCode());
        if (codes == null) {
            if (pending && login.failed(user, request)) {
                return "redirect:/login?fejl";
            }
            form.setCode(null);
            binding.rejectValue("code", "secondFactor.code.wrong");
            return enrolView(user, session, model);
        }
        session.removeAttribute(OFFER);
        if (pending) {
            login.complete(user, request, response);
        }
        redirect.addFlashAttribute("recoveryCodes", codes);
        return "redirect:" + SecondFactorLogin.RECOVERY_CODES_PAGE;
    }

    /** The recovery codes, once: they come as a flash attribute from the confirmation and are stored nowhere. */
    @GetMapping(SecondFactorLogin.RECOVERY_CODES_PAGE)
    String recoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/";
        }
        return "account/recovery-codes";
    }

    private String enrolView(CurrentUser user, HttpSession session, Model model) {
        // only the secret is kept in the session (sessions are serialised to the database); the QR code is redrawn
        String offered = (String) session.getAttribute(OFFER);
        Enrolment offer = offered == null ? secondFactor.offer(user.getUsername())
                : secondFactor.offer(user.getUsername(), offered);
        session.setAttribute(OFFER, offer.secret());
        model.addAttribute("enrolment", offer);
        model.addAttribute("forced", SecondFactorLogin.pendingUser().isPresent());
        return "account/enrol";
    }

    private Optional<CurrentUser> enrollingUser() {
        Optional<CurrentUser> pending = SecondFactorLogin.pendingUser();
        return pending.isPresent() ? pending : currentUsers.current();
    }
}
