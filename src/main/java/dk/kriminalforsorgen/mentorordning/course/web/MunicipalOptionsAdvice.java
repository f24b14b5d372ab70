package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalPlanKind;
import dk.kriminalforsorgen.mentorordning.actionplan.SharingConsent;
import dk.kriminalforsorgen.mentorordning.reference.Municipality;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;
import dk.kriminalforsorgen.mentorordning.shared.web.OptionGroup;

/**
 * Issue 17: the choices of the action plan's municipal fields (the 98 municipalities grouped by region, the kinds
 * of municipal plan, the consent answers). Kept apart
 * from {@link CourseFormsAdvice} so the municipal cooperation stays in its own files.
 */
@ControllerAdvice(assignableTypes = {CourseController.class, CourseWorkController.class})
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MunicipalOptionsAdvice {

    private static final List<String> REGIONS = List.of("HOVEDSTADEN", "SJAELLAND", "SYDDANMARK", "MIDTJYLLAND",
            "NORDJYLLAND");

    private final ReferenceData reference;
    private final MessageSource messages;

    @ModelAttribute
    void options(Model model) {
        Map<String, List<Option>> byRegion = new LinkedHashMap<>();
        REGIONS.forEach(r -> byRegion.put(r, new java.util.ArrayList<>()));
        for (Municipality m : reference.municipalities()) {
            byRegion.get(m.getRegion()).add(Option.ofText(m.getCode(), m.getName()));
        }
        model.addAttribute("municipalityGroups", byRegion.entrySet().stream()
                .map(e -> new OptionGroup(messages.getMessage("region." + e.getKey(), null, e.getKey(),
                        LocaleContextHolder.getLocale()), e.getValue()))
                .toList());
        model.addAttribute("municipalPlanOptions", Arrays.stream(MunicipalPlanKind.values())
                .map(k -> Option.ofKey(k, k.messageKey())).toList());
        model.addAttribute("sharingConsentOptions", Arrays.stream(SharingConsent.values())
                .map(c -> Option.ofKey(c, c.messageKey())).toList());
    }
}
