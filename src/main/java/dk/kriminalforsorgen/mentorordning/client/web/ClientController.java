package dk.kriminalforsorgen.mentorordning.client.web;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.ClientSearch;
import dk.kriminalforsorgen.mentorordning.client.ClientSearch.Criteria;
import dk.kriminalforsorgen.mentorordning.client.ClientSearch.Sort;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.ClientRecords;
import dk.kriminalforsorgen.mentorordning.client.ClientRecords.ClientRecord;
import dk.kriminalforsorgen.mentorordning.client.ClientService.NewClient;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import dk.kriminalforsorgen.mentorordning.shared.web.CsvExport;
import dk.kriminalforsorgen.mentorordning.shared.web.EnumValues;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * The client list with its filters and search, registering a client, and the client page with its
 * eligibility panel, the audited CPR reveal (DP2) and the directorate's purpose (AZ5).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientController {

    static final String SEARCH_ATTRIBUTE = ClientController.class.getName() + ".search";

    private final ClientService clients;
    private final ClientRecords records;
    private final ClientSearch search;
    private final CprProtector cprProtector;
    private final CurrentUsers currentUsers;
    private final ClientOptions options;
    private final EligibilityPanel panel;
    private final DirectoratePurposes purposes;
    private final MessageSource messages;

    /** The name and CPR criteria of the session's search: never in a URL (DP3); the CPR number only as its keyed hash. */
    record SearchState(String name, String cprHash) implements Serializable {
    }

    // ------------------------------------------------------------------ list

    @GetMapping("/klienter")
    public String list(@ModelAttribute("filter") ListFilter filter, BindingResult filterErrors,
                       @RequestParam(defaultValue = "0") int side, HttpSession session, Model model) {
        SearchState state = (SearchState) session.getAttribute(SEARCH_ATTRIBUTE);
        model.addAttribute("searchForm", new SearchForm(state != null ? state.name() : null, null));
        return showList(filter, side, state, model);
    }

    private String showList(ListFilter filter, int side, SearchState state, Model model) {
        CustodyStatus statusFilter = EnumValues.orNull(CustodyStatus.class, filter.getStatus());
        RiskLevel riskFilter = EnumValues.orNull(RiskLevel.class, filter.getRisiko());
        Sort sort = Sort.fromParameter(filter.getSortering());
        filter.setStatus(statusFilter == null ? null : statusFilter.name());
        filter.setRisiko(riskFilter == null ? null : riskFilter.name());
        filter.setSortering(sort.parameter());
        Criteria criteria = criteria(filter, state);
        ClientSearch.Page page = search.search(criteria, side);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/klienter");
        if (statusFilter != null) {
            base.queryParam("status", statusFilter.name());
        }
        if (riskFilter != null) {
            base.queryParam("risiko", riskFilter.name());
        }
        if (filter.isBerettiget()) {
            base.queryParam("berettiget", "true");
        }
        if (filter.isTilbud()) {
            base.queryParam("tilbud", "true");
        }
        base.queryParam("sortering", sort.parameter());
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("baseUrl", base.build().toUriString());
        model.addAttribute("exportUrl", base.build().toUriString().replaceFirst("^/klienter", "/klienter/eksport.csv"));
        model.addAttribute("cprSearchActive", state != null && state.cprHash() != null);
        model.addAttribute("nameSearch", state == null ? null : state.name());
        model.addAttribute("statusOptions", options.statuses());
        model.addAttribute("riskOptions", options.riskLevels());
        model.addAttribute("sortOptions", options.sorts());
        model.addAttribute("canCreate", !currentUsers.require().is(Role.DIRECTORATE));
        return "clients/list";
    }

    /** The page's criteria: its filters and order from the query, the name or CPR search from the session. */
    private static Criteria criteria(ListFilter filter, SearchState state) {
        return new Criteria(EnumValues.orNull(CustodyStatus.class, filter.getStatus()),
                EnumValues.orNull(RiskLevel.class, filter.getRisiko()), filter.isBerettiget(), filter.isTilbud(),
                state == null ? null : state.name(), state == null ? null : state.cprHash(),
                Sort.fromParameter(filter.getSortering()));
    }

    /**
     * Issue 12: the list as a spreadsheet with the same criteria as the page (its filters, order and the
     * session's search), the area's clients only, the CPR number masked; streamed, audited with the criteria.
     */
    @GetMapping("/klienter/eksport.csv")
    public void export(@ModelAttribute("filter") ListFilter filter, BindingResult filterErrors, HttpSession session,
                       HttpServletResponse response) {
        Criteria criteria = criteria(filter, (SearchState) session.getAttribute(SEARCH_ATTRIBUTE));
        try (CsvExport csv = CsvExport.start(response, messages, "klienter", "export.client.id", "export.client.name",
                "export.client.cpr", "export.client.status", "export.client.unit", "export.client.release",
                "export.client.supervisionEnd", "export.client.risk", "export.client.assessed",
                "export.client.eligibleNow", "export.client.eligibleFrom", "export.client.offerDue")) {
            search.export(criteria, CsvExport.MAX_ROWS, row -> csv.row(row.id(), row.name(), row.maskedCpr(),
                    csv.label(row.status()), row.unitName(), row.expectedReleaseDate(), row.supervisionEndDate(),
                    csv.label(row.risk()), row.assessmentDate(), row.eligibleNow(), row.eligibleFrom(), row.offerDue()));
        }
    }

    /**
     * Search by name and exact CPR number: a POST, so neither reaches a URL or an access log (DP3).
     * The header's search (issue 16) sends one field, a name or a CPR number, here too.
     */
    @PostMapping("/klienter/soeg")
    public String search(@Valid @ModelAttribute("searchForm") SearchForm typed, BindingResult result,
                         @RequestParam(required = false) String nulstil, HttpSession session, Model model) {
        if (nulstil != null) {
            session.removeAttribute(SEARCH_ATTRIBUTE);
            return "redirect:/klienter";
        }
        SearchForm form = typed.resolved();
        String cprHash = null;
        String cprError = null;
        if (form.cpr() != null) {
            Cpr.Validation validation = Cpr.validate(form.cpr());
            if (validation.valid()) {
                cprHash = cprProtector.lookupHash(validation.cpr());
            } else {
                cprError = validation.problem() == Cpr.Problem.DATE ? "client.cpr.invalidDate" : "client.cpr.format";
            }
        }
        if (result.hasErrors() || cprError != null) {
            // DP3: the typed CPR number is not written back into the page, not even as the rejected value.
            SearchForm shown = new SearchForm(form.name(), null);
            BindingResult errors = new BeanPropertyBindingResult(shown, "searchForm");
            // the header's query has no field on the list page: its error goes to the name field
            result.getFieldErrors().stream().filter(e -> !"cpr".equals(e.getField()))
                    .forEach(e -> errors.rejectValue("query".equals(e.getField()) ? "name" : e.getField(), e.getCode(),
                            e.getArguments(), e.getDefaultMessage()));
            if (cprError != null) {
                errors.rejectValue("cpr", cprError);
            }
            model.addAttribute("searchForm", shown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "searchForm", errors);
            SearchState previous = (SearchState) session.getAttribute(SEARCH_ATTRIBUTE);
            return showList(new ListFilter(), 0, previous, model);
        }
        if (form.name() == null && cprHash == null) {
            session.removeAttribute(SEARCH_ATTRIBUTE);
        } else {
            session.setAttribute(SEARCH_ATTRIBUTE, new SearchState(form.name(), cprHash));
        }
        return "redirect:/klienter";
    }

    // ------------------------------------------------------------------ create

    @GetMapping("/klienter/ny")
    public String newClient(Model model) {
        ClientForm form = new ClientForm();
        form.setStatusSince(clients.today());
        model.addAttribute("form", form);
        return showCreate(model);
    }

    @PostMapping("/klienter/ny")
    public String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        if (form.getStatus() != null) {
            List<RuleViolation> violations = clients.checkNew(form.getCpr(), form.placement(), form.getStatusSince(),
                    form.isHandOver());
            violations.forEach(v -> FormErrors.add(result, v));
            offerHandOver(violations, model);
        } else {
            clients.checkCpr(form.getCpr(), "cpr").forEach(v -> FormErrors.add(result, v));
        }
        if (result.hasErrors()) {
            return showCreate(model);
        }
        ClientService.Registered registered;
        try {
            registered = clients.createClient(new NewClient(form.personalData(), form.getCpr(), form.placement(),
                    form.getStatusSince(), form.isHandOver()));
        } catch (Refusal e) {
            FormErrors.add(result, e);
            offerHandOver(e.violations(), model);
            return showCreate(model);
        }
        if (registered.handedOverTo() != null) {
            redirect.addFlashAttribute("flashInfo", "client.createdAndHandedOver");
            redirect.addFlashAttribute("flashArgs", registered.handedOverTo());
            return "redirect:/klienter";
        }
        return Flash.success(redirect, "client.created", "/klienter/" + registered.id());
    }

    /** C2 (§10): the form offers "register and hand over to {area}" when the release office is another area's. */
    private static void offerHandOver(List<RuleViolation> violations, Model model) {
        violations.stream().filter(v -> "client.handover.confirm".equals(v.messageKey())).findFirst()
                .ifPresent(v -> model.addAttribute("handoverArea", v.arguments()[0]));
    }

    private String showCreate(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("statusOptions", options.statuses());
        model.addAttribute("unitOptions", options.units(user.areaId()));
        model.addAttribute("releaseUnitOptions", options.probationOffices());
        model.addAttribute("languageOptions", options.languages());
        return "clients/new";
    }

    // ------------------------------------------------------------------ the client page

    @GetMapping("/klienter/{id}")
    @PageTransaction
    public String show(@PathVariable long id, HttpSession session, Model model) {
        if (lacksPurpose(id, session)) {
            return "redirect:/klienter/" + id + "/formaal";
        }
        return showRecord(records.open(id, purpose(id, session)), model);
    }

    /** DP2: the full CPR number in this response only (a POST, never a URL), audited as CPR_REVEALED. */
    @PostMapping("/klienter/{id}/cpr")
    public String reveal(@PathVariable long id, HttpSession session, Model model) {
        if (lacksPurpose(id, session)) {
            return "redirect:/klienter/" + id + "/formaal";
        }
        String purpose = purpose(id, session);
        Cpr cpr = records.revealCpr(id, purpose);
        model.addAttribute("revealedCpr", cpr.full());
        return showRecord(records.open(id, purpose), model);
    }

    /** AZ5: the directorate has not (or no longer) recorded a purpose for this client. */
    private boolean lacksPurpose(long id, HttpSession session) {
        return currentUsers.require().is(Role.DIRECTORATE) && purposes.current(session, id) == null;
    }

    /** The directorate's recorded purpose, or null for the area's own users, who need none. */
    private String purpose(long id, HttpSession session) {
        return currentUsers.require().is(Role.DIRECTORATE) ? purposes.current(session, id) : null;
    }

    private String showRecord(ClientRecord record, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("record", record);
        model.addAttribute("client", record.client());
        model.addAttribute("eligibility", panel.of(record.eligibility()));
        model.addAttribute("units", options.unitsById());
        model.addAttribute("needAreas", NeedArea.values());
        model.addAttribute("canChange", !user.is(Role.DIRECTORATE));
        model.addAttribute("canAssess", !user.is(Role.DIRECTORATE) && user.certifiedAssessor());
        return "clients/detail";
    }

    // ------------------------------------------------------------------ AZ5

    @GetMapping("/klienter/{id}/formaal")
    public String purposeForm(@PathVariable long id, Model model) {
        if (!currentUsers.require().is(Role.DIRECTORATE)) {
            clients.requireVisible(id); // AZ2: another area's id is 404 here too
            return "redirect:/klienter/" + id;
        }
        model.addAttribute("form", new PurposeForm(null));
        model.addAttribute("clientId", id);
        return "clients/purpose";
    }

    @PostMapping("/klienter/{id}/formaal")
    public String recordPurpose(@PathVariable long id, @Valid @ModelAttribute("form") PurposeForm form,
                                BindingResult result, HttpSession session, Model model) {
        if (!currentUsers.require().is(Role.DIRECTORATE)) {
            clients.requireVisible(id);
            return "redirect:/klienter/" + id;
        }
        if (result.hasErrors()) {
            model.addAttribute("clientId", id);
            return "clients/purpose";
        }
        purposes.remember(session, id, form.purpose());
        return "redirect:/klienter/" + id;
    }
}
