package dk.kriminalforsorgen.mentorordning.retention.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.retention.SubjectAccessExport;
import dk.kriminalforsorgen.mentorordning.retention.SubjectAccessExport.Subject;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/** DP5: the directorate's subject access export at {@code /admin/indsigt}; the JSON comes back as a download. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubjectAccessController {

    static final String PATH = "/admin/indsigt";

    private final SubjectAccessExport export;

    @GetMapping(PATH)
    public String form(Model model) {
        model.addAttribute("form", new SubjectAccessForm(null, null, null));
        return page(model);
    }

    @PostMapping(PATH)
    public Object download(@Valid @ModelAttribute("form") SubjectAccessForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(model);
        }
        try {
            String document = export.export(form.subjectType(), form.subjectId(), form.purpose());
            String filename = "indsigt-" + form.subjectType().name().toLowerCase() + "-" + form.subjectId() + ".json";
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(document);
        } catch (NotFoundException e) {
            binding.rejectValue("subjectId", "subjectAccess.subjectId.unknown");
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("subjectOptions", Arrays.stream(Subject.values())
                .map(subject -> Option.ofKey(subject, "subjectAccess.subjectType." + subject.name())).toList());
        return "admin/subject-access";
    }
}
