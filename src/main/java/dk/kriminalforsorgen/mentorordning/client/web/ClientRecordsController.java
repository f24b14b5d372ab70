package dk.kriminalforsorgen.mentorordning.client.web;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
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

    /** A save the form could not make: shows the message and keeps the input. */
    @FunctionalInterface
    private interface Save {
        void run();
    }

    private static boolean save(BindingResult result, Save save) {
        try {
            save.run();
            return true;
        } catch (Refusal e) {
            FormErrors.add(result, e);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            FormErrors.staleEdit(result);
        }
        return false;
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
        if (result.hasErrors() || !save(result, () -> clients.updatePersonalData(id, form.getVersion(),
                form.personalData(), form.getNewCpr()))) {
            return showEdit(client, model);
        }
        redirect.addFlashAttribute("flashSuccess", "client.saved");
        return "redirect:/klienter/" + id;
    }

    private String showEdit(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("languageOptions", options.languages());
        return "clients/edit";
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
        boolean[] stillVisible = {true};
        if (result.hasErrors() || !save(result, () -> stillVisible[0] = statuses.changeStatus(id, form.getVersion(),
                form.placement(), form.getStatusSince()))) {
            return showStatus(client, model);
        }
        if (!stillVisible[0]) {
            redirect.addFlashAttribute("flashInfo", "client.handedOver");
            return "redirect:/klienter";
        }
        redirect.addFlashAttribute("flashSuccess", "client.statusChanged");
        return "redirect:/klienter/" + id;
    }

    private String showStatus(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("statusOptions", options.statuses());
        model.addAttribute("unitOptions", options.units(null));
        model.addAttribute("releaseUnitOptions", options.probationOffices());
        model.addAttribute("currentUnit", referenceData.unit(client.getUnitId()).map(u -> u.getName()).orElse(""));
        return "clients/status";
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
        if (result.hasErrors() || !save(result, () -> assessments.recordAssessment(id, form.getAssessedOn(),
                form.getRiskLevel(), form.needs()))) {
            return showAssessment(client, model);
        }
        redirect.addFlashAttribute("flashSuccess", "client.assessment.saved");
        return "redirect:/klienter/" + id;
    }

    private String showAssessment(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("riskOptions", options.riskLevels());
        model.addAttribute("needAreas", Arrays.asList(NeedArea.values()));
        model.addAttribute("certified", currentUsers.require().certifiedAssessor());
        return "clients/assessment";
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
        if (result.hasErrors() || !save(result, () -> assessments.recordNeedAndMotivation(id, form.getVersion(),
                form.getSpecialNeed(), form.getMotivated(), form.getMotivationDate(), form.getMotivationNote()))) {
            return showNeed(client, model);
        }
        redirect.addFlashAttribute("flashSuccess", "client.saved");
        return "redirect:/klienter/" + id;
    }

    private String showNeed(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("yesNoOptions", options.yesNo());
        return "clients/need";
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
        if (result.hasErrors() || !save(result, () -> assessments.recordOffer(id, form.getOfferedOn(), form.getAnswer(),
                form.getNote()))) {
            return showOffer(client, model);
        }
        redirect.addFlashAttribute("flashSuccess", "client.offer.saved");
        return "redirect:/klienter/" + id;
    }

    private String showOffer(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("answerOptions", options.answers());
        return "clients/offer";
    }
}
