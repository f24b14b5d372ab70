package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.kriminalforsorgen.mentorordning.dashboard.StartPageController;
import dk.kriminalforsorgen.mentorordning.statusreport.StatusReportService;

/**
 * DOMAIN §7 on the start page: for caseworkers and coordinators the reports awaiting sign-off
 * (duty-to-notify flags first, S4) and the overdue reports (S1, S3); for the mentor the reports due.
 */
@ControllerAdvice(assignableTypes = StartPageController.class)
public class StartPanelReportsAdvice {

    private final StatusReportService service;

    StartPanelReportsAdvice(StatusReportService service) {
        this.service = service;
    }

    @ModelAttribute("reportPanels")
    public StatusReportService.StartPanels reportPanels() {
        return service.startPanels();
    }

    @ModelAttribute("reportToday")
    public java.time.LocalDate today() {
        return service.today();
    }
}
