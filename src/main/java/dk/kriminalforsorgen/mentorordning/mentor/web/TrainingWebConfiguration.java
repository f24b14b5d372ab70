package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.RouteAccess;

/**
 * Issue 17, AZ1: the routes of mentor training and the mentor guide. The training forms are the coordinators'
 * (posting is already theirs by the registry's rule {@code POST /mentorer/**}); the guide is the directorate's.
 */
@Configuration(proxyBeanMethods = false)
class TrainingWebConfiguration {

    @Bean
    RouteAccess trainingAndGuideRoutes() {
        return routes -> {
            routes.requestMatchers(HttpMethod.GET, "/mentorer/*/kurser/ny", "/mentorer/*/kurser/*")
                    .hasRole(Role.COORDINATOR.name());
            routes.requestMatchers("/mentorguide", "/mentorguide/versioner/*").hasRole(Role.DIRECTORATE.name());
        };
    }

    @Bean
    NavigationEntry mentorGuideNavigation() {
        return new NavigationEntry(42, "/mentorguide", "nav.mentorGuide", EnumSet.of(Role.DIRECTORATE));
    }

    /** The coordinator's start page: the area's mentors without the introduction course (bounded). */
    @ControllerAdvice(basePackages = "dk.kriminalforsorgen.mentorordning.dashboard")
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class IntroductionPanel {

        private final MentorTrainings trainings;
        private final CurrentUsers currentUsers;

        @ModelAttribute("introductionPanel")
        MentorTrainings.LackingIntroduction introductionPanel() {
            CurrentUser user = currentUsers.current().orElse(null);
            if (user == null || !user.is(Role.COORDINATOR) || user.areaId() == null) {
                return null;
            }
            return trainings.lackingIntroduction(user.areaId());
        }
    }
}
