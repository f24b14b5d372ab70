package dk.kriminalforsorgen.mentorordning.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** C5 (§12) and C8 (§13 stk. 3-4). */
class MeetingScheduleTest {

    private static final LocalDate START = LocalDate.parse("2026-01-05");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    private final MeetingSchedule schedule = new MeetingSchedule(Period.ofMonths(3), Period.ofDays(14));

    private static Meeting meeting(MeetingKind kind, LocalDate on) {
        return new Meeting(1L, kind, on, "Klient, mentor, sagsbehandler", "Aftalt", null, 7L, "Signe Holm", Instant.EPOCH);
    }

    @Test
    void C5_theKickOffIsDueAfterEstablishmentAndMayBeHeldOnOrAfterTheStart() {
        assertThat(schedule.nextDue(START, List.of())).isEqualTo(new MeetingSchedule.Due(MeetingKind.KICK_OFF,
                START.plusDays(14)));
        assertThat(schedule.checkKickOff(List.of(), START, START, TODAY)).isEmpty();
    }

    @Test
    void C5_refusesASecondKickOffAKickOffBeforeTheStartAndOneInTheFuture() {
        assertThat(schedule.checkKickOff(List.of(meeting(MeetingKind.KICK_OFF, START)), START, START.plusDays(1), TODAY))
                .extracting(RuleViolation::messageKey).containsExactly("meeting.kickOff.alreadyHeld");
        assertThat(schedule.checkKickOff(List.of(), START, START.minusDays(1), TODAY))
                .extracting(RuleViolation::ruleId).containsExactly("C5");
        assertThat(schedule.checkKickOff(List.of(), START, TODAY.plusDays(1), TODAY))
                .extracting(RuleViolation::ruleId).containsExactly("INPUT");
    }

    @Test
    void C8_nextReviewIsThreeMonthsAfterLastMeeting() {
        List<Meeting> held = List.of(meeting(MeetingKind.KICK_OFF, START.plusDays(3)),
                meeting(MeetingKind.REVIEW, LocalDate.parse("2026-04-10")));
        MeetingSchedule.Due due = schedule.nextDue(START, held);
        assertThat(due.kind()).isEqualTo(MeetingKind.REVIEW);
        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-07-10"));
        assertThat(due.overdue(TODAY)).isFalse();
    }

    @Test
    void C8_onItsDueDayTheReviewIsDueNotOverdueAndTheDayAfterItIsOverdue() {
        MeetingSchedule.Due due = schedule.nextDue(START, List.of(meeting(MeetingKind.KICK_OFF, START)));
        LocalDate dueDay = LocalDate.parse("2026-04-05");
        assertThat(due.overdue(dueDay.minusDays(1))).isFalse();
        assertThat(due.overdue(dueDay)).isFalse();
        assertThat(due.messageKey(dueDay)).isEqualTo("meeting.due.REVIEW.due");
        assertThat(due.overdue(dueDay.plusDays(1))).isTrue();
        assertThat(due.messageKey(dueDay.plusDays(1))).isEqualTo("meeting.due.REVIEW.overdue");
    }

    @Test
    void C5_onTheFourteenthDayTheKickOffIsDueNotOverdueAndTheDayAfterItIsOverdue() {
        MeetingSchedule.Due due = schedule.nextDue(START, List.of());
        assertThat(due.dueOn()).isEqualTo(START.plusDays(14));
        assertThat(due.overdue(START.plusDays(14))).isFalse();
        assertThat(due.overdue(START.plusDays(15))).isTrue();
    }

    @Test
    void C8_theFirstReviewIsDueThreeMonthsAfterTheKickOffAndIsOverdueAfterwards() {
        MeetingSchedule.Due due = schedule.nextDue(START, List.of(meeting(MeetingKind.KICK_OFF, START)));
        assertThat(due.dueOn()).isEqualTo(LocalDate.parse("2026-04-05"));
        assertThat(due.overdue(TODAY)).isTrue();
        assertThat(due.messageKey(TODAY)).isEqualTo("meeting.due.REVIEW.overdue");
    }

    @Test
    void C8_allowsAReviewAfterTheLatestMeeting() {
        assertThat(schedule.checkReview(List.of(meeting(MeetingKind.KICK_OFF, START)), START.plusMonths(3), TODAY))
                .isEmpty();
    }

    @Test
    void C8_refusesAReviewBeforeTheKickOffOrDatedBeforeTheLatestMeeting() {
        assertThat(schedule.checkReview(List.of(), START, TODAY)).extracting(RuleViolation::messageKey)
                .containsExactly("meeting.review.noKickOff");
        assertThat(schedule.checkReview(List.of(meeting(MeetingKind.KICK_OFF, START)), START.minusDays(1), TODAY))
                .extracting(RuleViolation::messageKey).containsExactly("meeting.review.beforeLatest");
    }
}
