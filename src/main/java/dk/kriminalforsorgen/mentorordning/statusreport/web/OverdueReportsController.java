package dk.kriminalforsorgen.mentorordning.statusreport.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.web.CsvExport;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportPanelService;

/**
 * Issue 16: the full list behind the start page's overdue panel: every course of the caseworker (the
 * coordinator: the area) with an overdue status report (S1, S3), one line per course, a page at a time.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueReportsController {

    private final ReportPanelService panels;
    private final MessageSource messages;

    @GetMapping("/rapporter/forfaldne")
    public String overdue(@RequestParam(defaultValue = "0") int side, Model model) {
        model.addAttribute("page", panels.overduePage(side));
        return "statusreport/overdue";
    }

    /** Issue 12: the whole list as a spreadsheet (at most {@link CsvExport#MAX_ROWS} lines); streamed and audited. */
    @GetMapping("/rapporter/forfaldne/eksport.csv")
    public void export(HttpServletResponse response) {
        try (CsvExport csv = CsvExport.start(response, messages, "forfaldne-statusrapporter", "export.report.course",
                "export.report.client", "export.report.responsible", "export.report.missingMonths",
                "export.report.oldestDue", "export.report.quarterly")) {
            panels.exportOverdue(CsvExport.MAX_ROWS, line -> csv.row(line.courseId(), line.clientName(),
                    line.responsibleName(), line.missingMonths(),
                    line.oldestMonth() == null ? null : line.oldestMonth().dueOn(),
                    line.quarterly() == null ? null : line.quarterly().dueOn()));
        }
    }
}
