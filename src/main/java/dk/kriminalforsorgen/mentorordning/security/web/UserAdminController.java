package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.Area;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.security.AccountInvitations;
import dk.kriminalforsorgen.mentorordning.security.AppUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;
import dk.kriminalforsorgen.mentorordning.shared.web.OptionGroup;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;

/**
 * The directorate's user administration (DOMAIN §1) at {@code /admin/brugere}: list and search,
 * create (with an invitation instead of a password), change role, area, unit and LS/RNR certification, disable and
 * enable, reset the password (a new invitation).
 * The rules live in {@link UserAdministration}; this class only binds form objects (AZ4), shows
 * refused rules on the form with the input kept (IN1, CI1) and redirects after a save.
 */
@Controller
@RequestMapping("/admin/brugere")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserAdminController {

    private static final String FORM = "form";
    private static final String BINDING = BindingResult.MODEL_KEY_PREFIX + FORM;

    private final UserAdministration users;
    private final ReferenceData referenceData;
    private final CurrentUsers currentUsers;
    private final AccountInvitations invitations;
    private final org.springframework.core.env.Environment environment;

    @GetMapping
    public String list(@ModelAttribute(FORM) UserFilterForm filter, BindingResult binding,
                       @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        // A tampered filter value (an unknown role or area) filters on nothing rather than failing.
        Role role = binding.hasFieldErrors("role") ? null : filter.role();
        Long areaId = binding.hasFieldErrors("areaId") ? null : filter.areaId();
        UserAdministration.Page result = users.search(filter.text(), role, areaId, page);
        model.addAttribute("result", result);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/brugere")
                .queryParamIfPresent("text", Optional.ofNullable(filter.text()))
                .queryParamIfPresent("role", Optional.ofNullable(role))
                .queryParamIfPresent("areaId", Optional.ofNullable(areaId))
                .build().encode().toUriString());
        addChoices(model);
        return "admin/users/list";
    }

    @GetMapping("/ny")
    public String newUser(Model model) {
        model.addAttribute(FORM, new NewUserForm());
        addChoices(model);
        return "admin/users/new";
    }

    /**
     * Issue 14: the directorate never chooses a password. The user is created without one and the first invitation
     * is shown once, rendered by this POST for hand-over, and e-mailed to the user's address.
     */
    @PostMapping("/ny")
    public String create(@ModelAttribute(FORM) NewUserForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, () -> {
            AccountInvitations.Issued issued = invitations.createStaffAccount(form.getUsername(), form.getEmail(),
                    form.assignment());
            model.addAttribute("created", Boolean.TRUE);
            return issued(issued, model);
        }, () -> {
            addChoices(model);
            return "admin/users/new";
        });
    }

    @GetMapping("/{id}")
    public String edit(@PathVariable long id, Model model) {
        AppUser user = users.get(id);
        model.addAttribute(FORM, formOf(user));
        return editView(user, model);
    }

    @PostMapping("/{id}")
    public String change(@PathVariable long id, @ModelAttribute(FORM) UserForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        AppUser user = users.get(id);
        if (form.getVersion() == null) {
            staleEdit(binding, form, user, model);
        } else if (!binding.hasErrors()) {
            try {
                String email = users.checkEmail(form.getEmail());
                users.change(id, form.getVersion(), form.assignment());
                if (!java.util.Objects.equals(email, user.getEmail())) {
                    users.changeEmail(id, email);
                }
                redirect.addFlashAttribute("flashArgs", user.getUsername());
                return Flash.success(redirect, "user.saved", "/admin/brugere/" + id);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                user = users.get(id);
                staleEdit(binding, form, user, model);
            } catch (Refusal refused) {
                FormErrors.add(binding, refused);
            }
        }
        return editView(user, model);
    }

    @PostMapping("/{id}/deaktiver")
    public String disable(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return setEnabled(id, false, model, redirect);
    }

    @PostMapping("/{id}/aktiver")
    public String enable(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return setEnabled(id, true, model, redirect);
    }

    /**
     * Issue 14: the user chooses their own password with a one-time link, shown here once for hand-over (rendered
     * by this POST, never stored in clear); an earlier link of the user stops working.
     */
    @PostMapping("/{id}/invitation")
    public String invite(@PathVariable long id, Model model) {
        return issued(invitations.invite(users.get(id).getId()), model);
    }

    /** Issue 14: what a reset does (the old password stops working, a new invitation), confirmed with a button. */
    @GetMapping("/{id}/adgangskode")
    public String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("account", users.get(id));
        return "admin/users/password";
    }

    /** Issue 14: a reset is a new invitation; the old password and the earlier links stop working at once. */
    @PostMapping("/{id}/adgangskode")
    public String resetPassword(@PathVariable long id, Model model) {
        AccountInvitations.Issued issued = invitations.resetByInvitation(users.get(id).getId());
        model.addAttribute("reset", Boolean.TRUE);
        return issued(issued, model);
    }

    /**
     * The link, shown this once (rendered by the POST, never stored in clear); an earlier link of the user stops
     * working. The page says whether it was also e-mailed.
     */
    private String issued(AccountInvitations.Issued issued, Model model) {
        model.addAttribute("issued", issued);
        model.addAttribute("invitationUrl", environment.getProperty("mentorordning.notification.base-url", "") + issued.path());
        model.addAttribute("backUrl", "/admin/brugere/" + issued.userId());
        return "account/issued";
    }

    private String setEnabled(long id, boolean enabled, Model model, RedirectAttributes redirect) {
        try {
            users.setEnabled(id, enabled);
        } catch (Refusal refused) {
            AppUser user = users.get(id);
            UserForm form = formOf(user);
            BindingResult binding = new BeanPropertyBindingResult(form, FORM);
            FormErrors.add(binding, refused);
            model.addAttribute(FORM, form);
            model.addAttribute(BINDING, binding);
            return editView(user, model);
        }
        AppUser user = users.get(id);
        redirect.addFlashAttribute("flashArgs", user.getUsername());
        return Flash.success(redirect, enabled ? "user.enabled" : "user.disabled", "/admin/brugere/" + id);
    }

    /** CI1: someone saved first. Keep the input, show the saved values, and let a new save overwrite them. */
    private void staleEdit(BindingResult binding, UserForm form, AppUser current, Model model) {
        FormErrors.staleEdit(binding);
        form.setVersion(current.getVersion());
        model.addAttribute("conflict", Boolean.TRUE);
    }

    private String editView(AppUser user, Model model) {
        model.addAttribute("account", user);
        model.addAttribute("self", currentUsers.current().map(me -> me.id() == user.getId()).orElse(false));
        addChoices(model);
        return "admin/users/edit";
    }

    private static UserForm formOf(AppUser user) {
        UserForm form = new UserForm();
        form.setDisplayName(user.getDisplayName());
        form.setRole(user.getRole());
        form.setAreaId(user.getAreaId());
        form.setUnitId(user.getUnitId());
        form.setCertifiedAssessor(user.isCertifiedAssessor());
        form.setEmail(user.getEmail());
        form.setVersion(user.getVersion());
        return form;
    }

    /** The choices of the selects, and names to show areas and units by in the list. */
    private void addChoices(Model model) {
        List<Area> areas = referenceData.areas();
        List<Unit> units = referenceData.units();
        Map<Long, List<Option>> unitsByArea = units.stream().collect(Collectors.groupingBy(Unit::getAreaId,
                LinkedHashMap::new, Collectors.mapping(unit -> Option.ofText(unit.getId(), unit.getName()),
                        Collectors.toList())));
        model.addAttribute("roleOptions", Arrays.stream(Role.values())
                .map(role -> Option.ofKey(role.name(), role.messageKey())).toList());
        model.addAttribute("areaOptions", areas.stream().map(area -> Option.ofText(area.getId(), area.getName())).toList());
        model.addAttribute("unitGroups", areas.stream()
                .map(area -> new OptionGroup(area.getName(), unitsByArea.getOrDefault(area.getId(), List.of())))
                .toList());
        model.addAttribute("areaNames", areas.stream().collect(Collectors.toMap(Area::getId, Area::getName)));
        model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getId, Unit::getName)));
    }
}
