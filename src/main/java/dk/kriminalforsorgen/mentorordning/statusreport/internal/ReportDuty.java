package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reporting duty of one course as a pure function of its dates, its reports and its meetings.
 * <ul>
 * <li>S1 (§17 stk. 1 nr. 1): every month of the course from its start month to the current month
 * (or the month it ended) needs a submitted status report or a logged telephone report. A month's
 * report is due {@code graceDays} after the month (or the course) ends; a month with neither after
 * that is overdue. A draft does not fulfil the month.</li>
 * <li>S3 (§17 stk. 1 nr. 2, §13 stk. 3): once the kick-off is held, a short quarterly report (or
 * telephone report) is due with the next review meeting, covering the time since the latest
 * meeting; it is overdue when the meeting's due date has passed without one.</li>
 * </ul>
 */
public final class ReportDuty {

    private ReportDuty() {
    }

    /** A report that exists for the course: its kind, period start and whether it fulfils the duty. */
    public record Existing(ReportKind kind, LocalDate periodStart, ReportStatus status) {
    }

    /** A report that is still missing: due by {@code dueOn}, overdue after it. */
    public record Item(ReportKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, boolean overdue,
                       boolean draftExists) {

        public YearMonth month() {
            return YearMonth.from(periodStart);
        }

        /** The value of the form's period field (yyyy-MM for a month). */
        public String periodParam() {
            return kind == ReportKind.MONTHLY ? month().toString() : periodStart.toString();
        }
    }

    /** The facts of a course the duty depends on. {@code ended} null for an active course. */
    public record Course(LocalDate start, LocalDate ended, LocalDate latestMeeting, LocalDate nextReviewDue) {
    }

    /** The months a report may be written for: from the start month to the current (or end) month. */
    public static List<YearMonth> reportableMonths(Course course, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        if (course.start() == null || course.start().isAfter(today)) {
            return months;
        }
        YearMonth last = YearMonth.from(course.ended() != null && course.ended().isBefore(today) ? course.ended() : today);
        for (YearMonth m = YearMonth.from(course.start()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Every missing report, overdue first, then by due date. */
    public static List<Item> open(Course course, LocalDate today, int graceDays, List<Existing> reports) {
        List<Item> items = new ArrayList<>();
        for (YearMonth month : reportableMonths(course, today)) {
            LocalDate to = course.ended() != null && course.ended().isBefore(month.atEndOfMonth())
                    ? course.ended() : month.atEndOfMonth();
            LocalDate key = month.atDay(1);
            if (fulfilled(reports, ReportKind.MONTHLY, key)) {
                continue;
            }
            LocalDate dueOn = to.plusDays(graceDays);
            items.add(new Item(ReportKind.MONTHLY, key, to, dueOn, today.isAfter(dueOn),
                    draft(reports, ReportKind.MONTHLY, key)));
        }
        quarterly(course).ifPresent(item -> {
            if (!fulfilledSince(reports, item.periodStart())) {
                items.add(new Item(ReportKind.QUARTERLY, item.periodStart(), item.periodEnd(), item.dueOn(),
                        today.isAfter(item.dueOn()), draft(reports, ReportKind.QUARTERLY, item.periodStart())));
            }
        });
        items.sort(Comparator.comparing((Item i) -> !i.overdue()).thenComparing(Item::dueOn)
                .thenComparing(Item::kind));
        return items;
    }

    /** S3: the quarterly report due with the next review meeting, if the kick-off has been held. */
    public static java.util.Optional<Item> quarterly(Course course) {
        if (course.latestMeeting() == null || course.nextReviewDue() == null || course.ended() != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Item(ReportKind.QUARTERLY, course.latestMeeting(), course.nextReviewDue(),
                course.nextReviewDue(), false, false));
    }

    private static boolean fulfilled(List<Existing> reports, ReportKind kind, LocalDate periodStart) {
        return reports.stream().anyMatch(r -> r.kind() == kind && r.periodStart().equals(periodStart)
                && r.status().fulfils());
    }

    private static boolean fulfilledSince(List<Existing> reports, LocalDate latestMeeting) {
        return reports.stream().anyMatch(r -> r.kind() == ReportKind.QUARTERLY && !r.periodStart().isBefore(latestMeeting)
                && r.status().fulfils());
    }

    private static boolean draft(List<Existing> reports, ReportKind kind, LocalDate periodStart) {
        return reports.stream().anyMatch(r -> r.kind() == kind && r.periodStart().equals(periodStart)
                && r.status() == ReportStatus.DRAFT);
    }
}
