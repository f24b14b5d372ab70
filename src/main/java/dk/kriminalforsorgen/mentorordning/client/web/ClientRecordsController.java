package dk.kriminalforsorgen.mentorordning.client.web;

import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientAssessments;
import dk.kriminalforsorgen.mentorordning.client.ClientRecords;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatuses;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;

/**
 * The changes of a client record: personal data, custody status, LS/RNR assessment, need and
 * motivation, mentor offers. Every handler first loads the client through the area check (AZ2), so
 * another area's id answers 404 for GET and POST alike before anything is read or bound into a page;
 * bad input is shown at its field with all input kept (IN1); a stale save keeps the input (CI1).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientRecordsController {

    private final ClientService clients;
    private final ClientRecords records;
    private final CustodyStatuses statuses;
    private final ClientAssessments assessments;
    private final ClientOptions options;
    private final CurrentUsers currentUsers;
    private final ReferenceData referenceData;

    /**
     * Saves a change of the record and goes back to the client, told {@code message}; when the form's checks or the
     * save refuse it (or it is stale), the form's page again with the input kept.
     */
    private static String save(long id, BindingResult result, RedirectAttributes redirect, String message,
                               Runnable save, Supplier<String> formAgain) {
        return FormErrors.submit(result, () -> {
            save.run();
            return Flash.success(redirect, message, "/klienter/" + id);
        }, formAgain);
    }

    /** A page of the record's changes, with the client. */
    private static String page(Client client, Model model, String template) {
        model.addAttribute("client", client);
        return template;
    }

    // ------------------------------------------------------------------ personal data

    @GetMapping("/klienter/{id}/rediger")
    public String editForm(@PathVariable long id, Model model) {
        Client client = records.openForEdit(id, "personoplysninger");
        model.addAttribute("form", PersonalDataForm.of(client));
        return showEdit(client, model);
    }

    @PostMapping("/klienter/{id}/rediger")
    public String edit(@PathVariable long id, @Valid @ModelAttribute("form") PersonalDataForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        Client client = clients.requireVisible(id);
        clients.checkCpr(form.getNewCpr(), "newCpr", id).forEach(v -> FormErrors.add(result, v));
        return save(id, result, redirect, "client.saved",
                () -> clients.updatePersonalData(id, form.getVersion(), form.personalData(), form.getNewCpr()),
                () -> showEdit(client, model));
    }

    private String showEdit(Client client, Model model) {
        model.addAttribute("languageOptions", options.languages());
        return page(client, model, "clients/edit");
    }

    // ------------------------------------------------------------------ custody status

    @GetMapping("/klienter/{id}/status")
    public String statusForm(@PathVariable long id, Model model) {
        Client client = records.openForEdit(id, "status");
        model.addAttribute("form", StatusForm.of(client, clients.today()));
        return showStatus(client, model);
    }

    @PostMapping("/klienter/{id}/status")
    public String changeStatus(@PathVariable long id, @Valid @ModelAttribute("form") StatusForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        Client client = clients.requireVisible(id);
        if (!result.hasErrors()) {
            clients.checkPlacement(form.placement(), form.getStatusSince(), client.getStatusSince())
                    .forEach(v -> FormErrors.add(result, v));
        }
        return FormErrors.submit(result, () -> {
            if (!statuses.changeStatus(id, form.getVersion(), form.placement(), form.getStatusSince())) {
                redirect.addFlashAttribute("flashInfo", "client.handedOver");
                return "redirect:/klienter";
            }
            return Flash.success(redirect, "client.statusChanged", "/klienter/" + id);
        }, () -> showStatus(client, model));
    }

    private String showStatus(Client client, Model model) {
        model.addAttribute("statusOptions", options.statuses());
        model.addAttribute("unitOptions", options.units(null));
        model.addAttribute("releaseUnitOptions", options.probationOffices());
        model.addAttribute("currentUnit", referenceData.unit(client.getUnitId()).map(u -> u.getName()).orElse(""));
        return page(client, model, "clients/status");
    }

    // ------------------------------------------------------------------ LS/RNR assessment (E1)

    @GetMapping("/klienter/{id}/vurdering")
    public String assessmentForm(@PathVariable long id, Model model) {
        Client client = records.openForEdit(id, "LS/RNR-vurdering");
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(clients.today());
        model.addAttribute("form", form);
        return showAssessment(client, model);
    }

    @PostMapping("/klienter/{id}/vurdering")
    public String recordAssessment(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form,
                                   BindingResult result, Model model, RedirectAttributes redirect) {
        Client client = clients.requireVisible(id);
        // E1 (only certified assessors) is the service's rule: it answers with its message like any other.
        return save(id, result, redirect, "client.assessment.saved",
                () -> assessments.recordAssessment(id, form.getAssessedOn(), form.getRiskLevel(), form.needs()),
                () -> showAssessment(client, model));
    }

    private String showAssessment(Client client, Model model) {
        model.addAttribute("riskOptions", options.riskLevels());
        model.addAttribute("needAreas", Arrays.asList(NeedArea.values()));
        model.addAttribute("certified", currentUsers.require().certifiedAssessor());
        return page(client, model, "clients/assessment");
    }

    // ------------------------------------------------------------------ need and motivation (E2, E3)

    @GetMapping("/klienter/{id}/behov")
    public String needForm(@PathVariable long id, Model model) {
        Client client = records.openForEdit(id, "behov og motivation");
        model.addAttribute("form", NeedForm.of(client));
        return showNeed(client, model);
    }

    @PostMapping("/klienter/{id}/behov")
    public String recordNeed(@PathVariable long id, @Valid @ModelAttribute("form") NeedForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        Client client = clients.requireVisible(id);
        return save(id, result, redirect, "client.saved", () -> assessments.recordNeedAndMotivation(id,
                form.getVersion(), form.getSpecialNeed(), form.getMotivated(), form.getMotivationDate(),
                form.getMotivationNote()), () -> showNeed(client, model));
    }

    private String showNeed(Client client, Model model) {
        model.addAttribute("yesNoOptions", options.yesNo());
        return page(client, model, "clients/need");
    }

    // ------------------------------------------------------------------ mentor offers (E9)

    @GetMapping("/klienter/{id}/tilbud")
    public String offerForm(@PathVariable long id, Model model) {
        Client client = records.openForEdit(id, "tilbud om mentor");
        OfferForm form = new OfferForm();
        form.setOfferedOn(clients.today());
        model.addAttribute("form", form);
        return showOffer(client, model);
    }

    @PostMapping("/klienter/{id}/tilbud")
    public String recordOffer(@PathVariable long id, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
                              Model model, RedirectAttributes redirect) {
        Client client = clients.requireVisible(id);
        return save(id, result, redirect, "client.offer.saved",
                () -> assessments.recordOffer(id, form.getOfferedOn(), form.getAnswer(), form.getNote()),
                () -> showOffer(client, model));
    }

    private String showOffer(Client client, Model model) {
        model.addAttribute("answerOptions", options.answers());
        return page(client, model, "clients/offer");
    }
}
