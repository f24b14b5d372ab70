package dk.kriminalforsorgen.mentorordning.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.insight.CourseFacts.MeetingFact;
import dk.kriminalforsorgen.mentorordning.insight.CourseFacts.ReportFact;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportDuty;

/** The compliance panel's rules on their boundary days, and its dates against the domain's own classes. */
class ComplianceRulesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 12);
    final ComplianceRules rules = new ComplianceRules(InsightSettings.defaults());

    static CourseFacts active(List<MeetingFact> meetings, List<ReportFact> reports) {
        return new CourseFacts(1, 2, 1, 104L, "ACTIVE", START, START, 7L, "Signe", true, null, false, null, null,
                "UNDER_SUPERVISION", null, "HIGH", START.minusMonths(1), true, true, START.minusMonths(1), false,
                true, 2, meetings, reports);
    }

    static CourseFacts preparingInmate(LocalDate plannedStart, LocalDate release, Boolean continues) {
        return new CourseFacts(1, 2, 1, 101L, "PREPARING", plannedStart, null, null, null, false, continues, false, null,
                null, "INMATE", release, "MEDIUM", START, true, true, null, true, false, 0, List.of(), List.of());
    }

    Map<Rule, ComplianceStatus> on(CourseFacts facts, LocalDate today) {
        return rules.evaluate(facts, today).stream().collect(Collectors.toMap(ComplianceItem::rule, ComplianceItem::status));
    }

    @Test
    void coversE1ToE9_C4ToC8_S1ToS3() {
        assertThat(rules.evaluate(active(List.of(), List.of()), START).stream().map(ComplianceItem::rule))
                .containsExactlyElementsOf(ComplianceRules.RULES)
                .containsExactly(Rule.E1, Rule.E2, Rule.E3, Rule.E4, Rule.E5, Rule.E6, Rule.E7, Rule.E8, Rule.E9,
                        Rule.C4, Rule.C5, Rule.C6, Rule.C7, Rule.C8, Rule.S1, Rule.S2, Rule.S3);
    }

    @Test
    void C5_kickOffDueFourteenDaysAfterStart_overdueTheDayAfter_metOnceHeld() {
        CourseFacts none = active(List.of(), List.of());
        assertThat(on(none, START.plusDays(14))).containsEntry(Rule.C5, ComplianceStatus.DUE);
        assertThat(on(none, START.plusDays(15))).containsEntry(Rule.C5, ComplianceStatus.OVERDUE);
        CourseFacts held = active(List.of(new MeetingFact("KICK_OFF", START.plusDays(3))), List.of());
        assertThat(on(held, START.plusDays(15))).containsEntry(Rule.C5, ComplianceStatus.MET);
    }

    @Test
    void C8_nextReviewThreeMonthsAfterLatestMeeting_overdueTheDayAfter_sameDateAsMeetingSchedule() {
        LocalDate kickOff = START.plusDays(3);
        CourseFacts facts = active(List.of(new MeetingFact("KICK_OFF", kickOff)), List.of());
        LocalDate due = new MeetingSchedule(Period.ofMonths(3), Period.ofDays(14)).nextReviewDue(kickOff);
        assertThat(rules.evaluate(facts, due).stream().filter(i -> i.rule() == Rule.C8).findFirst().orElseThrow().dueOn())
                .isEqualTo(due);
        assertThat(on(facts, due)).containsEntry(Rule.C8, ComplianceStatus.DUE);
        assertThat(on(facts, due.plusDays(1))).containsEntry(Rule.C8, ComplianceStatus.OVERDUE);
        assertThat(on(active(List.of(), List.of()), due)).as("no kick-off yet").containsEntry(Rule.C8, ComplianceStatus.NOT_APPLICABLE);
    }

    @Test
    void S1_monthOverdueAfterTenGraceDays_asReportDutySays() {
        CourseFacts noReports = active(List.of(), List.of());
        LocalDate dueOfJanuary = LocalDate.of(2026, 2, 10);
        assertThat(on(noReports, dueOfJanuary)).containsEntry(Rule.S1, ComplianceStatus.DUE);
        assertThat(on(noReports, dueOfJanuary.plusDays(1))).containsEntry(Rule.S1, ComplianceStatus.OVERDUE);
        ReportDuty.Course course = new ReportDuty.Course(START, null, null, null);
        assertThat(ReportDuty.open(course, dueOfJanuary, 10, List.of())).noneMatch(ReportDuty.Item::overdue);
        assertThat(ReportDuty.open(course, dueOfJanuary.plusDays(1), 10, List.of())).anyMatch(ReportDuty.Item::overdue);
        CourseFacts januaryDone = active(List.of(), List.of(new ReportFact("MONTHLY", LocalDate.of(2026, 1, 1), true)));
        assertThat(on(januaryDone, dueOfJanuary.plusDays(1))).containsEntry(Rule.S1, ComplianceStatus.DUE);
        CourseFacts draftOnly = active(List.of(), List.of(new ReportFact("MONTHLY", LocalDate.of(2026, 1, 1), false)));
        assertThat(on(draftOnly, dueOfJanuary.plusDays(1))).as("a draft does not fulfil S1")
                .containsEntry(Rule.S1, ComplianceStatus.OVERDUE);
    }

    @Test
    void S3_quarterlyReportDueWithTheNextReview_metByOneSinceTheLatestMeeting() {
        LocalDate kickOff = START.plusDays(3);
        LocalDate due = kickOff.plusMonths(3);
        CourseFacts none = active(List.of(new MeetingFact("KICK_OFF", kickOff)), List.of());
        assertThat(on(none, due)).containsEntry(Rule.S3, ComplianceStatus.DUE);
        assertThat(on(none, due.plusDays(1))).containsEntry(Rule.S3, ComplianceStatus.OVERDUE);
        CourseFacts done = active(List.of(new MeetingFact("KICK_OFF", kickOff)),
                List.of(new ReportFact("QUARTERLY", kickOff, true)));
        assertThat(on(done, due.plusDays(1))).containsEntry(Rule.S3, ComplianceStatus.MET);
    }

    @Test
    void E5_startAtTheEarliestThreeMonthsBeforeRelease_boundaryDay() {
        LocalDate release = LocalDate.of(2026, 9, 1);
        assertThat(on(preparingInmate(LocalDate.of(2026, 6, 1), release, true), START)).containsEntry(Rule.E5, ComplianceStatus.MET);
        assertThat(on(preparingInmate(LocalDate.of(2026, 5, 31), release, true), START)).containsEntry(Rule.E5, ComplianceStatus.DUE);
    }

    @Test
    void E6_inmateCourseNeedsAContinuationDecision_E1_E9_C4_C6_C7_whilePreparing() {
        Map<Rule, ComplianceStatus> undecided = on(preparingInmate(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), null), START);
        assertThat(undecided).containsEntry(Rule.E6, ComplianceStatus.DUE).containsEntry(Rule.E1, ComplianceStatus.MET)
                .containsEntry(Rule.E9, ComplianceStatus.OVERDUE).containsEntry(Rule.C4, ComplianceStatus.DUE)
                .containsEntry(Rule.C6, ComplianceStatus.DUE).containsEntry(Rule.C7, ComplianceStatus.DUE)
                .containsEntry(Rule.C5, ComplianceStatus.NOT_APPLICABLE).containsEntry(Rule.S1, ComplianceStatus.NOT_APPLICABLE);
        assertThat(on(preparingInmate(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1), true), START))
                .containsEntry(Rule.E6, ComplianceStatus.MET);
    }

    @Test
    void E1_assessmentOlderThanTwelveMonthsIsDueForReassessment_lowRiskIsNotMet() {
        CourseFacts base = active(List.of(), List.of());
        LocalDate assessed = base.assessmentDate();
        assertThat(on(base, assessed.plusMonths(12))).containsEntry(Rule.E1, ComplianceStatus.MET);
        assertThat(on(base, assessed.plusMonths(12).plusDays(1))).containsEntry(Rule.E1, ComplianceStatus.DUE);
        CourseFacts low = new CourseFacts(1, 2, 1, 104L, "ACTIVE", START, START, 7L, "S", true, null, false, null, null,
                "UNDER_SUPERVISION", null, "LOW", START, true, true, START, false, true, 1, List.of(), List.of());
        assertThat(on(low, START)).containsEntry(Rule.E1, ComplianceStatus.OVERDUE);
    }

    @Test
    void figureValues_percentAndAverageOfSummedAmountsAndCounts() {
        assertThat(Figure.REVIEWS_ON_TIME.value(2, 5)).isEqualTo(40.0);
        assertThat(Figure.OFFER_TO_START_DAYS.value(29, 2)).isEqualTo(14.5);
        assertThat(Figure.MONTHLY_REPORTS_DELIVERED.value(0, 0)).isNull();
        assertThat(Figure.COURSES_ACTIVE.value(3, 3)).isEqualTo(3.0);
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31)).start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1)).previous().end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Quarter.parse("2026-2").start()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
