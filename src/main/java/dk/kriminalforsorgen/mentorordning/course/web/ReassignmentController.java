package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseReassignment;
import dk.kriminalforsorgen.mentorordning.course.CourseReassignment.CoursePage;
import dk.kriminalforsorgen.mentorordning.course.ReassignReason;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;
import dk.kriminalforsorgen.mentorordning.shared.web.FormErrors;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/**
 * Issue 11: the coordinator's reassignment pages, linked from the notices of a responsible person disabled or moved
 * and of a mentor made inactive or retired, and from the start page. The courses of the coordinator's own area only.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReassignmentController {

    private final CourseReassignment reassignment;
    private final CourseOptions options;

    /** The form: the chosen courses ({@code id:version}), the new responsible person and the coded reason. */
    public static class ReassignForm {
        private List<String> courses;
        private Long responsibleUserId;
        private ReassignReason reason;

        public List<String> getCourses() { return courses; }
        public void setCourses(List<String> courses) { this.courses = courses; }
        public Long getResponsibleUserId() { return responsibleUserId; }
        public void setResponsibleUserId(Long responsibleUserId) { this.responsibleUserId = responsibleUserId; }
        public ReassignReason getReason() { return reason; }
        public void setReason(ReassignReason reason) { this.reason = reason; }
    }

    @GetMapping("/forloeb/genfordel/ansvarlig/{userId}")
    public String responsible(@PathVariable long userId, @RequestParam(name = "side", defaultValue = "0") int page,
                              Model model) {
        CoursePage courses = reassignment.ofResponsible(userId, page);
        ReassignForm form = new ReassignForm();
        form.setCourses(courses.courses().stream().map(CourseReassignment.OpenCourse::choice).toList());
        model.addAttribute("form", form);
        return showResponsible(userId, courses, model);
    }

    @PostMapping("/forloeb/genfordel/ansvarlig/{userId}")
    public String reassign(@PathVariable long userId, @RequestParam(name = "side", defaultValue = "0") int page,
                           @ModelAttribute("form") ReassignForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        return FormErrors.submit(result, () -> {
            int done = reassignment.reassignResponsible(userId, form.getCourses(), form.getResponsibleUserId(),
                    form.getReason());
            redirect.addFlashAttribute("flashArgs", done); // one value: the layout passes it as the one argument
            return Flash.success(redirect, "course.reassign.done", "/forloeb/genfordel/ansvarlig/" + userId);
        }, () -> showResponsible(userId, reassignment.ofResponsible(userId, page), model));
    }

    @GetMapping("/forloeb/genfordel/mentor/{mentorId}")
    public String mentor(@PathVariable long mentorId, @RequestParam(name = "side", defaultValue = "0") int page,
                         Model model) {
        model.addAttribute("listing", reassignment.ofMentor(mentorId, page));
        return "course/reassign-mentor";
    }

    private String showResponsible(long userId, CoursePage courses, Model model) {
        model.addAttribute("listing", courses);
        model.addAttribute("responsibleOptions", options.people(reassignment.candidates(userId)));
        model.addAttribute("reasonOptions", java.util.Arrays.stream(ReassignReason.values())
                .map(r -> Option.ofKey(r.name(), r.messageKey())).toList());
        return "course/reassign";
    }
}
