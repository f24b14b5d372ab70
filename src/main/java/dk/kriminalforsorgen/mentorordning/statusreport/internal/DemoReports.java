package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/**
 * Demo status reports (profile {@code demo}), dates relative to the clock, idempotent: a course
 * that already has reports is left alone. On the demo courses (the demo mentor's first, then the
 * other active courses) it writes, where the months fall within the course:
 * <ul>
 * <li>on time: every month up to four months ago, written, acknowledged, hours as agreed;</li>
 * <li>a telephone report (§17 stk. 1) for the month three months ago, acknowledged;</li>
 * <li>one month overdue (S1): the month two months ago has no report;</li>
 * <li>a large hours gap (DOMAIN §9): last month, submitted, half the agreed hours, awaiting sign-off;</li>
 * <li>a duty-to-notify report (S4) for the current month, submitted and not acknowledged.</li>
 * </ul>
 * With two or more courses the duty-to-notify report goes on the second course, so the demo
 * mentor's own course shows the ordinary flow. An ended course has every month's report but the
 * month it ended in, which stays owed after the end ({@link #seedEnded}).
 */
@Component
@Profile("demo")
@Order(50)
@RequiredArgsConstructor
public class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final StatusReportRepository reports;
    private final ReportQueries queries;
    private final ReportCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seedEnded();
        List<Long> courses = candidates();
        if (courses.isEmpty()) {
            log.info("Demo status reports: no active course without reports (the demo data has no active courses yet)");
            return;
        }
        seed(courses);
    }

    /** Idempotence: only active courses without any report; the demo mentor's course first. */
    List<Long> candidates() {
        return jdbc.queryForList("""
                select k.id from course_card k
                left join mentor_card m on m.id = k.mentor_id
                left join staff_card u on u.id = m.user_id
                where k.state = 'ACTIVE' and k.start_date is not null
                  and not exists (select 1 from status_report r where r.course_id = k.id)
                order by (u.username = 'mentor') desc nulls last, k.start_date, k.id
                limit 2
                """, Long.class);
    }

    /** Writes the demo scenarios on the given active courses (the first gets all but S4 when there are two). */
    @Transactional
    void seed(List<Long> courses) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        int template = queries.currentTemplateVersion();
        long first = courses.get(0);
        long notifyCourse = courses.size() > 1 ? courses.get(1) : first;
        ReportQueries.CourseFacts facts = facts(first);
        StatusReport.By mentor = new StatusReport.By(facts.mentorUserId(), facts.mentorName());
        StatusReport.By responsible = new StatusReport.By(facts.responsibleUserId(), facts.responsibleName());
        BigDecimal perWeek = facts.agreedHours();
        LocalDate start = facts.startDate();
        List<YearMonth> months = ReportDuty.reportableMonths(new ReportDuty.Course(start, null, null, null), today);
        int written = 0;

        YearMonth onTime = YearMonth.from(today).minusMonths(4);
        for (YearMonth month : months) {
            if (month.isAfter(onTime)) {
                break;
            }
            StatusReport report = StatusReport.draft(first, ReportKind.MONTHLY, month.atDay(1), month.atEndOfMonth(),
                    template, content(first, hours(perWeek, month, 1.0), false), mentor, now);
            report.submit(mentor, now);
            report.acknowledge(responsible, "Gennemgået. Godt arbejde med jobsøgningen.", now);
            reports.saveAndFlush(report);
            written++;
        }
        YearMonth phone = YearMonth.from(today).minusMonths(3);
        if (months.contains(phone)) {
            reports.saveAndFlush(StatusReport.telephone(first, ReportKind.MONTHLY, phone.atDay(1), phone.atEndOfMonth(),
                    template, content(first, hours(perWeek, phone, 0.9), false), phone.plusMonths(1).atDay(3), true,
                    responsible, now));
            written++;
        }
        // two months ago: deliberately missing, so it is overdue (S1); last month: half the agreed hours
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        if (months.contains(lastMonth)) {
            StatusReport report = StatusReport.draft(first, ReportKind.MONTHLY, lastMonth.atDay(1), lastMonth.atEndOfMonth(), template,
                    content(first, hours(perWeek, lastMonth, 0.5), false), mentor, now);
            report.submit(mentor, now);
            reports.saveAndFlush(report);
            written++;
        }
        ReportQueries.CourseFacts notifyFacts = notifyCourse == first ? facts : facts(notifyCourse);
        StatusReport.By notifyMentor = new StatusReport.By(notifyFacts.mentorUserId(), notifyFacts.mentorName());
        YearMonth current = YearMonth.from(today);
        StatusReport notify = StatusReport.draft(notifyCourse, ReportKind.MONTHLY, current.atDay(1), current.atEndOfMonth(),
                template, content(notifyCourse, hours(notifyFacts.agreedHours(), current, 0.5), true),
                notifyMentor, now);
        notify.submit(notifyMentor, now);
        reports.saveAndFlush(notify);
        written++;
        log.info("Demo status reports: {} reports on courses {}", written, courses);
    }

    /**
     * An ended demo course without reports gets every month's report, acknowledged, but the month it ended
     * in: that one stays owed after the end (S1; part of the fee basis, §14 stk. 2), so the demo shows it.
     */
    @Transactional
    void seedEnded() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        for (Long id : jdbc.queryForList("""
                select k.id from course_card k
                where k.state = 'ENDED' and k.start_date is not null and k.ended_on is not null
                  and not exists (select 1 from status_report r where r.course_id = k.id)
                order by k.id
                """, Long.class)) {
            ReportQueries.CourseFacts facts = facts(id);
            StatusReport.By mentor = new StatusReport.By(facts.mentorUserId(), facts.mentorName());
            StatusReport.By responsible = new StatusReport.By(facts.responsibleUserId(), facts.responsibleName());
            List<YearMonth> months = ReportDuty.reportableMonths(
                    new ReportDuty.Course(facts.startDate(), facts.endedOn(), null, null), today);
            for (YearMonth month : months.subList(0, Math.max(0, months.size() - 1))) {
                StatusReport report = StatusReport.draft(id, ReportKind.MONTHLY, month.atDay(1), month.atEndOfMonth(),
                        queries.currentTemplateVersion(), content(id, hours(facts.agreedHours(), month, 1.0), false),
                        mentor, now);
                report.submit(mentor, now);
                report.acknowledge(responsible, null, now);
                reports.saveAndFlush(report);
            }
            log.info("Demo status reports: {} months on ended course {}, its last month still owed", months.size() - 1, id);
        }
    }

    private ReportQueries.CourseFacts facts(long courseId) {
        return queries.course(courseId).orElseThrow(() -> new IllegalStateException("no course " + courseId));
    }

    private static BigDecimal hours(BigDecimal perWeek, YearMonth month, double share) {
        if (perWeek == null) {
            return BigDecimal.TEN;
        }
        return perWeek.multiply(BigDecimal.valueOf(month.lengthOfMonth())).divide(BigDecimal.valueOf(7), 1,
                RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
    }

    private ReportContent content(long courseId, BigDecimal hours, boolean notify) {
        List<GoalProgress> goals = new ArrayList<>();
        for (ReportViews.GoalLine goal : calendar.goals(courseId)) {
            goals.add(new GoalProgress(goal.position(), goal.needArea(), goal.description(),
                    "Små skridt i den rigtige retning; vi har talt om målet ved hvert møde."));
        }
        List<TaskWork> tasks = List.of(new TaskWork(TaskGroup.PRACTICAL, "Hjælp til at lave et budget og en ugeplan."),
                new TaskWork(TaskGroup.COMMUNICATION, "Fulgt med til møde på jobcentret."),
                new TaskWork(TaskGroup.PERSONAL, "Samtaler om familie og venner."),
                new TaskWork(TaskGroup.RESOCIALISATION, null));
        return new ReportContent(5, "Fem møder, det meste på biblioteket og i idrætsklubben.", goals, tasks, hours,
                notify ? "Klienten virker presset af gamle venner." : null, "Fortsætte ugentlige møder og jobsøgning.",
                notify, notify ? "Klienten fortalte, at han har været med til et indbrud i en kolonihave i sidste uge." : null);
    }
}
