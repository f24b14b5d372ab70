package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * C8 with S3 (§13 stk. 3, §17 stk. 1 nr. 2): what the review meeting reads. The status reports since the
 * latest meeting, the progress reported per action-plan goal, the quarterly report if it is still
 * missing and the months still missing, so nothing reported (or not reported) is lost at the meeting.
 * Reached through the area check (AZ2) and audited (AU2), like the course's report page.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewReportService {

    private final ReportCourses courses;
    private final ReportCalendar calendar;
    private final StatusReportRepository reports;
    private final AuditService audit;

    /** A submitted report the review reads. */
    public record Line(long reportId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd, ReportChannel channel,
                       ReportStatus status, BigDecimal hoursSpent, boolean dutyToNotify) {
    }

    /** What one report said about one goal. */
    public record Progress(ReportKind kind, LocalDate periodStart, LocalDate periodEnd, String text) {
    }

    /** A goal (of the current plan, or of an earlier version a report followed) with what the reports said. */
    public record GoalFollowUp(String needArea, String description, List<Progress> progress) {

        public String needAreaKey() {
            return "needArea." + needArea;
        }
    }

    /**
     * The reports since {@code latestMeeting} (every report when there is none), oldest first; the goals;
     * the quarterly report (S3) if it is missing; the months still missing (S1).
     */
    public record SinceLatestMeeting(long courseId, LocalDate latestMeeting, List<Line> reports,
                                     List<GoalFollowUp> goals, Optional<ReportDuty.Item> quarterlyMissing,
                                     List<ReportDuty.Item> monthsMissing) {
    }

    public SinceLatestMeeting sinceLatestMeeting(long courseId) {
        ReportQueries.CourseFacts facts = courses.requireVisible(courseId);
        ReportDuty.Course course = calendar.duty(facts);
        LocalDate since = course.latestMeeting();
        List<StatusReport> all = reports.findByCourseIdOrderByPeriodStartDescIdDesc(courseId);
        List<StatusReport> read = all.stream()
                .filter(r -> !r.isDraft() && (since == null || !r.getPeriodEnd().isBefore(since)))
                .sorted(Comparator.comparing(StatusReport::getPeriodStart).thenComparing(StatusReport::getId))
                .toList();
        List<ReportDuty.Item> open = calendar.open(course, ReportCalendar.existing(all));
        audit.record("REPORT_LIST_VIEWED", ReportCourses.COURSE_SUBJECT, courseId,
                "review meeting: reports since " + since + "=" + read.size());
        return new SinceLatestMeeting(courseId, since, read.stream().map(ReviewReportService::line).toList(),
                goals(courseId, read),
                open.stream().filter(i -> i.kind() == ReportKind.QUARTERLY).findFirst(),
                open.stream().filter(i -> i.kind() == ReportKind.MONTHLY).sorted(Comparator.comparing(ReportDuty.Item::periodStart))
                        .toList());
    }

    private static Line line(StatusReport r) {
        return new Line(r.getId(), r.getKind(), r.getPeriodStart(), r.getPeriodEnd(), r.getChannel(), r.getStatus(),
                r.getHoursSpent(), r.isDutyToNotify());
    }

    /** The current plan's goals in order, then any earlier goal a report followed; each with what was reported. */
    private List<GoalFollowUp> goals(long courseId, List<StatusReport> read) {
        Map<String, List<Progress>> byGoal = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (ReportViews.GoalLine goal : calendar.goals(courseId)) {
            String key = goal.needArea() + "|" + goal.description();
            byGoal.put(key, new ArrayList<>());
            names.put(key, new String[] {goal.needArea(), goal.description()});
        }
        for (StatusReport report : read) {
            for (GoalProgress goal : report.getGoals()) {
                if (goal.getProgress() == null) {
                    continue;
                }
                String key = goal.getNeedArea() + "|" + goal.getGoal();
                names.putIfAbsent(key, new String[] {goal.getNeedArea(), goal.getGoal()});
                byGoal.computeIfAbsent(key, k -> new ArrayList<>()).add(new Progress(report.getKind(),
                        report.getPeriodStart(), report.getPeriodEnd(), goal.getProgress()));
            }
        }
        List<GoalFollowUp> result = new ArrayList<>();
        byGoal.forEach((key, progress) -> result.add(new GoalFollowUp(names.get(key)[0], names.get(key)[1],
                List.copyOf(progress))));
        return result;
    }
}
