package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** The rules S1-S4 (DOMAIN §6, cirkulære §8 stk. 2, §17) on the pure duty function and the report aggregate. */
class ReportRulesTest {

    private static final int GRACE = 10;
    private static final LocalDate START = LocalDate.of(2026, 3, 15);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final StatusReport.By MENTOR = new StatusReport.By(7L, "Karim Nielsen");
    private static final StatusReport.By CASEWORKER = new StatusReport.By(3L, "Sara Sagsbehandler");

    private static ReportDuty.Course active(LocalDate latestMeeting, LocalDate nextReview) {
        return new ReportDuty.Course(START, null, latestMeeting, nextReview);
    }

    private static ReportDuty.Existing monthly(YearMonth month, ReportStatus status) {
        return new ReportDuty.Existing(ReportKind.MONTHLY, month.atDay(1), status);
    }

    private static ReportContent complete() {
        return new ReportContent(4, "Mødtes ugentligt", List.of(new GoalProgress(1, "EDUCATION_EMPLOYMENT", "Job", "Søgt 3 job")),
                List.of(new TaskWork(TaskGroup.PRACTICAL, "Bolig")), new BigDecimal("12.5"), null, "Fortsætte jobsøgning",
                false, null);
    }

    private static ReportContent withNotify(boolean flag, String text) {
        ReportContent c = complete();
        return new ReportContent(c.contactsCount(), c.contactsNote(), c.goals(), c.tasks(), c.hoursSpent(), c.concerns(),
                c.nextSteps(), flag, text);
    }

    private static StatusReport draft(ReportContent content) {
        return StatusReport.draft(1L, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 1,
                content, MENTOR, NOW);
    }

    @Nested
    class S1MonthlyDuty {

        @Test
        void S1_monthWithoutReportIsOverdueAfterGracePeriod() {
            LocalDate today = LocalDate.of(2026, 5, 11); // April ended 30/4, +10 days = 10/5
            List<ReportDuty.Item> open = ReportDuty.open(active(null, null), today, GRACE, List.of());
            assertThat(open).filteredOn(ReportDuty.Item::overdue).extracting(ReportDuty.Item::month)
                    .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        }

        @Test
        void S1_monthWithinGracePeriodIsDueNotOverdue() {
            LocalDate today = LocalDate.of(2026, 5, 10); // the last day of April's grace period
            List<ReportDuty.Item> open = ReportDuty.open(active(null, null), today, GRACE,
                    List.of(monthly(YearMonth.of(2026, 3), ReportStatus.SUBMITTED)));
            assertThat(open).extracting(ReportDuty.Item::month).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
            assertThat(open).noneMatch(ReportDuty.Item::overdue);
            assertThat(open.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        }

        @Test
        void S1_submittedReportFulfilsTheMonth() {
            LocalDate today = LocalDate.of(2026, 5, 20);
            List<ReportDuty.Item> open = ReportDuty.open(active(null, null), today, GRACE, List.of(
                    monthly(YearMonth.of(2026, 3), ReportStatus.ACKNOWLEDGED),
                    monthly(YearMonth.of(2026, 4), ReportStatus.SUBMITTED)));
            assertThat(open).extracting(ReportDuty.Item::month).containsExactly(YearMonth.of(2026, 5));
        }

        @Test
        void S1_telephoneReportFulfilsTheMonth() {
            StatusReport phone = StatusReport.telephone(1L, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), 1, complete(), LocalDate.of(2026, 5, 2), false, CASEWORKER, NOW);
            assertThat(phone.getChannel()).isEqualTo(ReportChannel.TELEPHONE);
            assertThat(phone.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            List<ReportDuty.Item> open = ReportDuty.open(active(null, null), LocalDate.of(2026, 5, 20), GRACE, List.of(
                    monthly(YearMonth.of(2026, 3), ReportStatus.SUBMITTED),
                    new ReportDuty.Existing(phone.getKind(), phone.getPeriodStart(), phone.getStatus())));
            assertThat(open).noneMatch(ReportDuty.Item::overdue);
        }

        @Test
        void S1_draftDoesNotFulfilTheMonth() {
            List<ReportDuty.Item> open = ReportDuty.open(active(null, null), LocalDate.of(2026, 5, 20), GRACE, List.of(
                    monthly(YearMonth.of(2026, 3), ReportStatus.SUBMITTED),
                    monthly(YearMonth.of(2026, 4), ReportStatus.DRAFT)));
            assertThat(open.get(0).month()).isEqualTo(YearMonth.of(2026, 4));
            assertThat(open.get(0).overdue()).isTrue();
            assertThat(open.get(0).draftExists()).isTrue();
        }

        @Test
        void S1_firstMonthCountsFromTheStartAndFutureMonthsAreNotReportable() {
            ReportDuty.Course course = active(null, null);
            assertThat(ReportDuty.reportableMonths(course, LocalDate.of(2026, 3, 15))).containsExactly(YearMonth.of(2026, 3));
            assertThat(ReportDuty.reportableMonths(course, LocalDate.of(2026, 3, 14))).isEmpty();
            assertThat(ReportDuty.reportableMonths(course, LocalDate.of(2026, 6, 1)))
                    .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        }

        @Test
        void S1_endedCourseNeedsReportsUpToItsEndOnly() {
            ReportDuty.Course ended = new ReportDuty.Course(START, LocalDate.of(2026, 4, 10), null, null);
            List<ReportDuty.Item> open = ReportDuty.open(ended, LocalDate.of(2026, 8, 1), GRACE, List.of());
            assertThat(open).extracting(ReportDuty.Item::month).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
            assertThat(open.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        }

        @Test
        void S1_graceIsConfigurable() {
            LocalDate today = LocalDate.of(2026, 4, 5);
            assertThat(ReportDuty.open(active(null, null), today, 3, List.of()).get(0).overdue()).isTrue();
            assertThat(ReportDuty.open(active(null, null), today, 10, List.of()).get(0).overdue()).isFalse();
        }

        @Test
        void S1_yearBoundaryAndLeapYear() {
            ReportDuty.Course course = new ReportDuty.Course(LocalDate.of(2027, 12, 31), null, null, null);
            List<ReportDuty.Item> open = ReportDuty.open(course, LocalDate.of(2028, 3, 1), GRACE, List.of());
            assertThat(open).extracting(ReportDuty.Item::month)
                    .containsExactly(YearMonth.of(2027, 12), YearMonth.of(2028, 1), YearMonth.of(2028, 2), YearMonth.of(2028, 3));
            assertThat(open.get(2).dueOn()).isEqualTo(LocalDate.of(2028, 3, 10)); // 29 February + 10 days
        }
    }

    @Nested
    class S2Template {

        @Test
        void S2_completeReportIsSubmittedAndKeepsItsTemplateVersion() {
            StatusReport report = draft(complete());
            report.submit(MENTOR, NOW);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.getTemplateVersion()).isEqualTo(1);
            assertThat(report.getSubmittedByName()).isEqualTo("Karim Nielsen");
        }

        @Test
        void S2_submissionRefusedWithoutRequiredFields() {
            StatusReport report = draft(new ReportContent(null, null, List.of(), List.of(), null, null, null, false, null));
            assertThatThrownBy(() -> report.submit(MENTOR, NOW)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.concerns(Rule.S2)).isTrue());
            assertThat(report.isDraft()).isTrue();
            assertThat(new ReportContent(null, null, List.of(), List.of(), null, null, null, false, null)
                    .check(ReportKind.MONTHLY, true)).extracting(RuleViolation::field)
                    .containsExactly("contactsCount", "hoursSpent", "nextSteps");
        }

        @Test
        void S2_draftMayBeIncompleteButNotOutOfRange() {
            assertThat(new ReportContent(null, null, List.of(), List.of(), null, null, null, false, null)
                    .check(ReportKind.MONTHLY, false)).isEmpty();
            assertThat(new ReportContent(-1, null, List.of(), List.of(), new BigDecimal("200.5"), null, null, false, null)
                    .check(ReportKind.MONTHLY, false)).extracting(RuleViolation::field)
                    .containsExactly("contactsCount", "hoursSpent");
            assertThat(new ReportContent(1, null, List.of(), List.of(), new BigDecimal("1.25"), null, null, false, null)
                    .check(ReportKind.MONTHLY, false)).extracting(RuleViolation::field).containsExactly("hoursSpent");
        }

        @Test
        void STATE_submittedReportIsReadOnly() {
            StatusReport report = draft(complete());
            report.submit(MENTOR, NOW);
            assertThatThrownBy(() -> report.update(complete(), NOW)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.first().ground()).isEqualTo(Check.STATE))
                    .hasMessageContaining("report.readOnly");
            assertThatThrownBy(() -> report.submit(MENTOR, NOW)).isInstanceOf(Refusal.class);
        }

        @Test
        void S2_quarterlyReportNeedsNoHours() {
            ReportContent c = new ReportContent(3, null, List.of(), List.of(), null, null, "Næste møde", false, null);
            assertThat(c.check(ReportKind.QUARTERLY, true)).isEmpty();
        }
    }

    @Nested
    class S3Quarterly {

        @Test
        void S3_quarterlyReportDueWithTheNextReviewAndOverdueAfterIt() {
            LocalDate kickOff = LocalDate.of(2026, 3, 20);
            LocalDate review = LocalDate.of(2026, 6, 20);
            ReportDuty.Course course = active(kickOff, review);
            ReportDuty.Item before = ReportDuty.open(course, LocalDate.of(2026, 6, 20), GRACE, List.of()).stream()
                    .filter(i -> i.kind() == ReportKind.QUARTERLY).findFirst().orElseThrow();
            assertThat(before.dueOn()).isEqualTo(review);
            assertThat(before.periodStart()).isEqualTo(kickOff);
            assertThat(before.overdue()).isFalse();
            assertThat(ReportDuty.open(course, LocalDate.of(2026, 6, 21), GRACE, List.of()))
                    .filteredOn(i -> i.kind() == ReportKind.QUARTERLY).allMatch(ReportDuty.Item::overdue);
        }

        @Test
        void S3_quarterlyOrTelephoneReportSinceTheLatestMeetingFulfilsIt() {
            LocalDate kickOff = LocalDate.of(2026, 3, 20);
            ReportDuty.Course course = active(kickOff, LocalDate.of(2026, 6, 20));
            List<ReportDuty.Item> open = ReportDuty.open(course, LocalDate.of(2026, 7, 1), GRACE,
                    List.of(new ReportDuty.Existing(ReportKind.QUARTERLY, kickOff, ReportStatus.SUBMITTED)));
            assertThat(open).noneMatch(i -> i.kind() == ReportKind.QUARTERLY);
        }

        @Test
        void S3_reportBeforeTheLatestMeetingDoesNotFulfilTheNextOne() {
            LocalDate review = LocalDate.of(2026, 6, 20);
            ReportDuty.Course course = active(review, LocalDate.of(2026, 9, 20));
            List<ReportDuty.Item> open = ReportDuty.open(course, LocalDate.of(2026, 7, 1), GRACE,
                    List.of(new ReportDuty.Existing(ReportKind.QUARTERLY, LocalDate.of(2026, 3, 20), ReportStatus.ACKNOWLEDGED)));
            assertThat(open).anyMatch(i -> i.kind() == ReportKind.QUARTERLY && i.dueOn().equals(LocalDate.of(2026, 9, 20)));
        }

        @Test
        void S3_noQuarterlyDutyBeforeTheKickOff() {
            assertThat(ReportDuty.quarterly(active(null, null))).isEmpty();
        }
    }

    @Nested
    class S4DutyToNotify {

        @Test
        void S4_reportRaisingTheDutyToNotifyIsSubmittedWithItsText() {
            StatusReport report = draft(withNotify(true, "Klienten fortalte om et indbrud i sidste uge"));
            report.submit(MENTOR, NOW);
            assertThat(report.isDutyToNotify()).isTrue();
            assertThat(report.getDutyToNotifyText()).contains("indbrud");
            assertThat(report.awaitsAcknowledgement()).isTrue();
        }

        @Test
        void S4_dutyToNotifyWithoutTextIsRefused() {
            StatusReport report = draft(withNotify(true, "  "));
            assertThatThrownBy(() -> report.submit(MENTOR, NOW)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.concerns(Rule.S4)).isTrue());
        }

        @Test
        void S4_flagCannotBeClearedAfterSubmission() {
            StatusReport report = draft(withNotify(true, "Nyt forhold"));
            report.submit(MENTOR, NOW);
            assertThatThrownBy(() -> report.update(withNotify(false, null), NOW)).isInstanceOf(Refusal.class);
            assertThat(report.isDutyToNotify()).isTrue();
        }

        @Test
        void S4_acknowledgementRecordsWhoAndWhenAndKeepsTheFlag() {
            StatusReport report = draft(withNotify(true, "Nyt forhold"));
            report.submit(MENTOR, NOW);
            report.acknowledge(CASEWORKER, "Politiet er orienteret", NOW.plusSeconds(60));
            assertThat(report.getStatus()).isEqualTo(ReportStatus.ACKNOWLEDGED);
            assertThat(report.getAcknowledgedByName()).isEqualTo("Sara Sagsbehandler");
            assertThat(report.getAcknowledgedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(report.isDutyToNotify()).isTrue();
            assertThatThrownBy(() -> report.acknowledge(CASEWORKER, null, NOW)).isInstanceOf(Refusal.class);
        }

        @Test
        void S4_repositoryHasNoDeleteMethod() {
            assertThat(StatusReportRepository.class.getMethods()).noneMatch(m -> m.getName().startsWith("delete"));
        }
    }

    @Nested
    class SignOff {

        @Test
        void STATE_draftCannotBeAcknowledgedAndTheRefusalCitesNoParagraph() {
            assertThatThrownBy(() -> draft(complete()).acknowledge(CASEWORKER, null, NOW)).isInstanceOfSatisfying(
                    Refusal.class, r -> {
                        assertThat(r.first().ground()).isEqualTo(Check.STATE);
                        assertThat(r.concerns(Rule.C7)).isFalse();
                    });
        }

        @Test
        void STATE_anAcknowledgedReportCannotBeAcknowledgedAgain() {
            StatusReport report = draft(complete());
            report.submit(MENTOR, NOW);
            report.acknowledge(CASEWORKER, null, NOW);
            assertThatThrownBy(() -> report.acknowledge(CASEWORKER, null, NOW)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.first().messageKey()).isEqualTo("report.acknowledge.already"));
        }

        @Test
        void telephoneReportLoggedByTheResponsiblePersonIsAcknowledgedAtOnce() {
            StatusReport phone = StatusReport.telephone(1L, ReportKind.MONTHLY, LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), 1, complete(), LocalDate.of(2026, 5, 2), true, CASEWORKER, NOW);
            assertThat(phone.getStatus()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        }

        @Test
        void hoursGapAboveThresholdIsFlagged() {
            // 4 hours a week over April (30 days) = 17.1 hours agreed
            HoursCheck low = HoursCheck.of(new BigDecimal("8"), new BigDecimal("4"), LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), START, 25);
            assertThat(low.agreed()).isEqualByComparingTo("17.1");
            assertThat(low.largeGap()).isTrue();
            HoursCheck close = HoursCheck.of(new BigDecimal("16"), new BigDecimal("4"), LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), START, 25);
            assertThat(close.largeGap()).isFalse();
        }

        @Test
        void hoursOfThePartialFirstMonthCountFromTheStart() {
            HoursCheck march = HoursCheck.of(new BigDecimal("10"), new BigDecimal("4"), LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), START, 25);
            assertThat(march.agreed()).isEqualByComparingTo("9.7"); // 17 days
            assertThat(march.largeGap()).isFalse();
        }
    }
}
