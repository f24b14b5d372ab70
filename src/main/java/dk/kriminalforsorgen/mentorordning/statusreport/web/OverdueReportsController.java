package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportPanelService;

/**
 * Issue 16: the full list behind the start page's overdue panel: every course of the caseworker (the
 * coordinator: the area) with an overdue status report (S1, S3), one line per course, a page at a time.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueReportsController {

    private final ReportPanelService panels;

    @GetMapping("/rapporter/forfaldne")
    public String overdue(@RequestParam(defaultValue = "0") int side, Model model) {
        model.addAttribute("page", panels.overduePage(side));
        return "statusreport/overdue";
    }
}
