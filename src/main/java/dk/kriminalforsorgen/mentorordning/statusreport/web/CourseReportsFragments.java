package dk.kriminalforsorgen.mentorordning.statusreport.web;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.CourseReportService;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportViews;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReviewReportService;

/**
 * What the course feature's pages show of the status reports, called from their templates
 * ({@code @courseReports}) so that the course feature needs no Java dependency on this one: the review
 * meeting's reports and goal progress (C8, S3) and the reports a course still misses (S1).
 */
@Component("courseReports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseReportsFragments {

    private final ReviewReportService review;
    private final CourseReportService reports;

    /** The reports and goal progress since the latest meeting, or null when the course is not the user's to see. */
    public ReviewReportService.SinceLatestMeeting sinceLatestMeeting(long courseId) {
        try {
            return review.sinceLatestMeeting(courseId);
        } catch (NotFoundException notVisible) {
            return null;
        }
    }

    /** How many reports the course misses, or null when it is not the user's to see. */
    public ReportViews.Missing missing(long courseId) {
        try {
            return reports.missing(courseId);
        } catch (NotFoundException notVisible) {
            return null;
        }
    }
}
