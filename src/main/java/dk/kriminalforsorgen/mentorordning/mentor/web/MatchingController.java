package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.ClientDirectory;
import dk.kriminalforsorgen.mentorordning.mentor.ClientRelations;
import dk.kriminalforsorgen.mentorordning.mentor.ClientFacts;
import dk.kriminalforsorgen.mentorordning.mentor.CourseMatching;
import dk.kriminalforsorgen.mentorordning.mentor.CourseMatching.MatchedCourse;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.ChoiceForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.ExceptionForm;
import dk.kriminalforsorgen.mentorordning.mentor.web.ActionForms.RelationForm;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * Explainable matching for a client (DOMAIN §9), the client's own proposal of a mentor (C3, §11), and
 * the client-specific facts behind M5 (an employee exception) and M6 (a declared close relation).
 * The client is loaded through {@link ClientDirectory}, which applies the area check (C1, AZ2).
 */
@Controller
@RequestMapping("/mentorer")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MatchingController {

    private final ClientDirectory clients;
    private final Matching matching;
    private final MentorRegistry registry;
    private final ClientRelations relations;
    private final MentorOptions options;
    private final CurrentUsers currentUsers;
    private final CourseMatching courses;

    /**
     * The one matching page: for the client ("Find en mentor" on the client page) or, with {@code forloeb},
     * for the client's course being prepared (the course page's step), where the caseworker chooses the
     * course's mentor. One candidate computation, bounded as {@link MatchingView} says.
     */
    @GetMapping("/matchning/{clientId}")
    String match(@PathVariable long clientId, @RequestParam(name = "timer", required = false) BigDecimal hours,
                 @RequestParam(name = "soeg", required = false) String search,
                 @RequestParam(name = "forloeb", required = false) Long courseId, Model model) {
        MatchedCourse course = course(clientId, courseId);
        if (courseId != null && course == null) {
            return "redirect:/forloeb/" + courseId; // decided meanwhile: the course page says so
        }
        BigDecimal shown = hours != null ? hours : course == null ? null : course.hours();
        ChoiceForm choice = new ChoiceForm();
        choice.setHours(shown);
        model.addAttribute("choiceForm", choice);
        return page(client(clientId), course, shown, search, model);
    }

    /** The course's mentor chosen on the one matching page (C1, C3, M1-M10; another than the first needs a reason). */
    @PostMapping("/matchning/{clientId}/forloeb/{courseId}")
    String chooseForCourse(@PathVariable long clientId, @PathVariable long courseId,
                           @Valid @ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        MatchedCourse course = course(clientId, courseId);
        if (course == null) {
            return "redirect:/forloeb/" + courseId;
        }
        return FormErrors.submit(errors, () -> {
            courses.choose(courseId, form.getVersion(), form.getMentorId(), form.getHours(), form.getOverrideReason());
            return Flash.success(redirect, "course.mentor.chosen", "/forloeb/" + courseId);
        }, () -> page(client(clientId), course, form.getHours(), null, model));
    }

    /** The course of the client being prepared, or null without one; another area's or client's course is 404. */
    private MatchedCourse course(long clientId, Long courseId) {
        if (courseId == null) {
            return null;
        }
        MatchedCourse course = courses.preparing(courseId).orElse(null);
        if (course != null && course.clientId() != clientId) {
            throw new NotFoundException("course " + courseId + " of client " + clientId);
        }
        return course;
    }

    /** A coordinator's choice of a candidate; another than the first needs a reason (a recorded override). */
    @PostMapping("/matchning/{clientId}")
    String choose(@PathVariable long clientId, @Valid @ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        ClientFacts client = client(clientId);
        return FormErrors.submit(errors, () -> {
            matching.choose(client, form.getMentorId(), form.getHours(), form.getOverrideReason());
            return Flash.success(redirect, "mentor.match.chosen",
                    "/mentorer/matchning/" + clientId + hoursParam(form.getHours()));
        }, () -> page(client, null, form.getHours(), null, model));
    }

    /** M6 (§5 stk. 3): a caseworker records a declared close relation between a mentor and the client. */
    @PostMapping("/matchning/{clientId}/naerstaaende")
    String relation(@PathVariable long clientId, @RequestParam(name = "forloeb", required = false) Long courseId,
                    @Valid @ModelAttribute("relationForm") RelationForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        return recordFact(clientId, courseId, errors, model, redirect, "mentor.relation.saved",
                client -> relations.recordCloseRelation(form.getMentorId(), client, form.getDeclaredBy(),
                        form.getDescription()));
    }

    /** M5 (§5 stk. 2): the client's area records an exception for an employee, with a written justification. */
    @PostMapping("/matchning/{clientId}/undtagelse")
    String exception(@PathVariable long clientId, @RequestParam(name = "forloeb", required = false) Long courseId,
                     @Valid @ModelAttribute("exceptionForm") ExceptionForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        return recordFact(clientId, courseId, errors, model, redirect, "mentor.exception.saved",
                client -> relations.recordEmployeeException(form.getMentorId(), client, form.getJustification()));
    }

    /**
     * Records a fact about the client behind M5 or M6 and goes back to the matching page (the course's, when there is
     * one), told {@code saved}; when the form's checks or the service refuse it, the page again with the input kept.
     */
    private String recordFact(long clientId, Long courseId, BindingResult errors, Model model,
                              RedirectAttributes redirect, String saved, Consumer<ClientFacts> record) {
        ClientFacts client = client(clientId);
        MatchedCourse course = course(clientId, courseId);
        return FormErrors.submit(errors, () -> {
            record.accept(client);
            return Flash.success(redirect, saved, pageUrl(clientId, course));
        }, () -> page(client, course, course == null ? null : course.hours(), null, model));
    }

    // ---- C3: the client's own proposal ----

    @GetMapping("/forslag/{clientId}")
    String proposalForm(@PathVariable long clientId, Model model) {
        ClientFacts client = client(clientId);
        model.addAttribute("form", new MentorForm());
        return proposalPage(client, model);
    }

    @PostMapping("/forslag/{clientId}")
    String propose(@PathVariable long clientId, @Valid @ModelAttribute("form") MentorForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        ClientFacts client = client(clientId);
        String cpr = form.takeCpr();
        return FormErrors.submit(errors, () -> {
            Mentor mentor = registry.registerProposal(client, form.toProfile(), cpr);
            return Flash.success(redirect, "mentor.proposal.saved", "/mentorer/" + mentor.getId());
        }, () -> proposalPage(client, model));
    }

    private String proposalPage(ClientFacts client, Model model) {
        model.addAttribute("mentor", null);
        model.addAttribute("titleKey", "mentor.proposal.title");
        model.addAttribute("client", client);
        model.addAttribute("needAreaOptions", options.needAreas());
        model.addAttribute("taskGroupOptions", options.taskGroups());
        model.addAttribute("languageOptions", options.languages());
        model.addAttribute("unitOptions", options.units());
        model.addAttribute("action", "/mentorer/forslag/" + client.clientId());
        return "mentor/form";
    }

    // ---- page ----

    private String page(ClientFacts client, MatchedCourse course, BigDecimal hours, String search, Model model) {
        Matching.Result result = matching.match(client, hours, search);
        MatchingView view = MatchingView.of(result);
        model.addAttribute("client", client);
        model.addAttribute("course", course);
        model.addAttribute("result", result);
        model.addAttribute("view", view);
        model.addAttribute("hours", hours);
        model.addAttribute("isCoordinator", currentUsers.require().is(Role.COORDINATOR));
        // The course's mentor is chosen by its caseworkers; a choice without a course is the coordinator's.
        model.addAttribute("canChoose", course != null || currentUsers.require().is(Role.COORDINATOR));
        model.addAttribute("rankedOptions", view.rankedOptions());
        model.addAttribute("allOptions", view.relationOptions());
        model.addAttribute("declaredByOptions", List.of(Option.ofKey("MENTOR", "mentor.relation.by.MENTOR"),
                Option.ofKey("CLIENT", "mentor.relation.by.CLIENT"), Option.ofKey("CASEWORKER", "mentor.relation.by.CASEWORKER")));
        if (!model.containsAttribute("choiceForm")) {
            ChoiceForm choice = new ChoiceForm();
            choice.setHours(hours);
            model.addAttribute("choiceForm", choice);
        }
        if (course != null) {
            ((ChoiceForm) model.getAttribute("choiceForm")).setVersion(course.version());
        }
        if (!model.containsAttribute("relationForm")) {
            model.addAttribute("relationForm", new RelationForm());
        }
        if (!model.containsAttribute("exceptionForm")) {
            model.addAttribute("exceptionForm", new ExceptionForm());
        }
        model.addAttribute("employeeOptions", view.employeeOptions());
        return "mentor/matching";
    }

    private ClientFacts client(long clientId) {
        return clients.findVisible(clientId).orElseThrow(() -> new NotFoundException("client " + clientId));
    }

    /** The one matching page, for the course when there is one. */
    private static String pageUrl(long clientId, MatchedCourse course) {
        return "/mentorer/matchning/" + clientId + (course == null ? "" : "?forloeb=" + course.courseId());
    }

    private static String hoursParam(BigDecimal hours) {
        return hours == null ? "" : "?timer=" + hours.toPlainString();
    }
}
