package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.dashboard.StartPageController;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportPanelService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;

/**
 * DOMAIN §7 on the start page: for caseworkers and coordinators the reports awaiting sign-off
 * (duty-to-notify flags first, S4) and the overdue reports (S1, S3); for the mentor the reports due.
 */
@ControllerAdvice(assignableTypes = StartPageController.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StartPanelReportsAdvice {

    private final ReportPanelService panels;

    @ModelAttribute("reportPanels")
    public ReportViews.StartPanels reportPanels() {
        return panels.startPanels();
    }
}
