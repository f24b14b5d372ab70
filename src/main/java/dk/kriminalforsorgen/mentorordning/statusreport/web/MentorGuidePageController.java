package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.statusreport.internal.MentorCourseExtras;

/**
 * Issue 17: the mentor's guide page (role MENTOR, by the route {@code /mine-forloeb/**}): the newest version of
 * the directorate's mentor guide and the mentor's duties of §8 and §17 in plain Danish.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MentorGuidePageController {

    private final MentorCourseExtras extras;

    @GetMapping("/mine-forloeb/guide")
    String guide(Model model) {
        model.addAttribute("guide", extras.guide().orElse(null));
        return "statusreport/mine/guide";
    }
}

/** Issue 17: the mentor's menu item for the guide (the route is the mentor's by {@code /mine-forloeb/**}). */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class MentorGuidePageNavigation {

    @org.springframework.context.annotation.Bean
    dk.kriminalforsorgen.mentorordning.security.NavigationEntry mentorGuideForMentors() {
        return new dk.kriminalforsorgen.mentorordning.security.NavigationEntry(25, "/mine-forloeb/guide",
                "nav.mentorGuide", java.util.EnumSet.of(dk.kriminalforsorgen.mentorordning.security.Role.MENTOR));
    }
}
