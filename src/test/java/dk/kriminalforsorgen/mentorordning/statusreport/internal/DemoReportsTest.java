package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.statusreport.ReportProperties;
import dk.kriminalforsorgen.mentorordning.statusreport.Reports;
import dk.kriminalforsorgen.mentorordning.support.DemoDataTest;

/** The demo reports: on time, one month overdue, a telephone report, an unacknowledged S4 report, a large hours gap. */
@DemoDataTest
class DemoReportsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoReports demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportProperties properties;

    @Test
    void demoScenariosAreWrittenRelativeToTheClockAndOnlyOnce() {
        Reports world = new Reports(context);
        Reports.Course own = world.activeCourse(5);
        Reports.Course other = world.activeCourse(5);
        demo.seed(List.of(own.id(), other.id()));
        YearMonth now = YearMonth.from(world.today());

        assertThat(row(own.id(), now.minusMonths(5))).containsEntry("status", "ACKNOWLEDGED").containsEntry("channel", "WRITTEN");
        assertThat(row(own.id(), now.minusMonths(4))).containsEntry("status", "ACKNOWLEDGED").containsEntry("channel", "WRITTEN");
        assertThat(row(own.id(), now.minusMonths(3))).containsEntry("channel", "TELEPHONE");
        assertThat(jdbc.queryForList("select id from status_report where course_id = ? and period_start = ?", Long.class,
                own.id(), Date.valueOf(now.minusMonths(2).atDay(1)))).isEmpty();
        Map<String, Object> gap = row(own.id(), now.minusMonths(1));
        assertThat(gap).containsEntry("status", "SUBMITTED");
        assertThat(HoursCheck.of((java.math.BigDecimal) gap.get("hours_spent"), new java.math.BigDecimal("4"),
                now.minusMonths(1).atDay(1), now.minusMonths(1).atEndOfMonth(), null, properties.hoursGapPercent()).largeGap())
                .isTrue();
        assertThat(row(other.id(), now)).containsEntry("duty_to_notify", true).containsEntry("status", "SUBMITTED");

        // idempotent: the runner skips courses that already have reports
        assertThat(demo.candidates()).doesNotContain(own.id(), other.id());
        assertThat(world.reportCount(own.id())).isEqualTo(4); // months 5 and 4 ago, 3 ago by telephone, last month
        assertThat(world.reportCount(other.id())).isEqualTo(1);
    }

    private Map<String, Object> row(long courseId, YearMonth month) {
        return jdbc.queryForMap("select status, channel, hours_spent, duty_to_notify from status_report "
                + "where course_id = ? and kind = 'MONTHLY' and period_start = ?", courseId, Date.valueOf(month.atDay(1)));
    }
}
