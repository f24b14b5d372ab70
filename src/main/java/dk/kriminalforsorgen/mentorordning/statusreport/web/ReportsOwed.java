package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.util.List;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.statusreport.internal.CourseReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportDuty;

/**
 * What other modules' pages show of the reporting duty, called from their templates
 * ({@code ${@reportsOwed.monthly(courseId)}}) so that they need no Java dependency on this module: the
 * course's confirmation page after the ending lists the monthly reports still owed (S1, §14 stk. 2).
 */
@Component("reportsOwed")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportsOwed {

    private final CourseReportService reports;

    public List<ReportDuty.Item> monthly(long courseId) {
        return reports.owedMonthly(courseId);
    }
}
