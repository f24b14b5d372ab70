package dk.kriminalforsorgen.mentorordning.course;

import static dk.kriminalforsorgen.mentorordning.course.Courses.CASEWORKER;
import static dk.kriminalforsorgen.mentorordning.course.Courses.NOW;
import static dk.kriminalforsorgen.mentorordning.course.Courses.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatusChanged;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** The course aggregate's own rules (DOMAIN §5), one test per rule for the allowed and the refused case. */
class MentorCourseTest {

    // ---- C1 (§7 stk. 1): the establishment decision

    @Test
    void establishmentMakesThePreparingCourseActiveAndRecordsWhoAndWhen() {
        MentorCourse course = Courses.active();
        assertThat(course.getState()).isEqualTo(CourseState.ACTIVE);
        assertThat(course.getEstablishedByName()).isEqualTo("Signe Holm");
        assertThat(course.getEstablishedAt()).isEqualTo(NOW);
        assertThat(course.getMentorId()).isEqualTo(5L);
        assertThat(course.getStartDate()).isEqualTo(TODAY);
    }

    @Test
    void STATE_refusesASecondEstablishmentDecisionAndChangesNothing() {
        MentorCourse course = Courses.active();
        MentorCourse.Establishment other = new MentorCourse.Establishment(9L, new BigDecimal("2"), 8L, "Anden",
                TODAY.plusDays(3), null, null);
        assertThatThrownBy(() -> course.establish(other, false, true, true, CASEWORKER, NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.first().ground()).isEqualTo(Check.STATE);
                    assertThat(r.first().messageKey()).isEqualTo("course.alreadyDecided");
                });
        assertThat(course.getMentorId()).isEqualTo(5L);
        assertThat(course.getEstablishedAt()).isEqualTo(NOW);
    }

    // ---- C2 (§10): hand-over

    @Test
    void C2_handOverMovesTheCourseToTheCompetentAreaAndRecordsFromAndTo() {
        MentorCourse course = Courses.preparing();
        CourseHandover handover = course.handOver(3L, "Løsladelse til Odense", CASEWORKER, NOW);
        assertThat(course.areaId()).isEqualTo(3L);
        assertThat(handover.getFromAreaId()).isEqualTo(1L);
        assertThat(handover.getToAreaId()).isEqualTo(3L);
        assertThat(handover.getByName()).isEqualTo("Signe Holm");
    }

    @Test
    void C2_refusesHandOverToTheSameArea_STATE_andOfAnEndedCourse() {
        assertThatThrownBy(() -> Courses.preparing().handOver(1L, null, CASEWORKER, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.ruleId()).isEqualTo("C2")));
        MentorCourse ended = Courses.preparingWithProposal();
        ended.end(new MentorCourse.Ending(EndReason.BY_AGREEMENT, TODAY, null, List.of()), List.of(), CASEWORKER, TODAY, NOW);
        assertThatThrownBy(() -> ended.handOver(3L, null, CASEWORKER, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ground()).isEqualTo(Check.STATE));
    }

    // ---- C3 (§11): the client's proposal

    @Test
    void C3_recordsTheProposalOrThatNoneWasMade() {
        MentorCourse course = Courses.preparing();
        course.recordProposal(ProposalKind.PROPOSED, "Morbroderens nabo, Ole", null, TODAY, NOW);
        assertThat(course.getProposal()).isEqualTo(ProposalKind.PROPOSED);
        assertThat(course.getProposalText()).isEqualTo("Morbroderens nabo, Ole");
        course.recordProposal(ProposalKind.NONE, "ignored", null, TODAY, NOW);
        assertThat(course.getProposalText()).isNull();
        assertThat(course.getProposalRecordedOn()).isEqualTo(TODAY);
    }

    @Test
    void C3_refusesEstablishmentBeforeTheProposalIsRecordedAndAProposalWithoutWho() {
        MentorCourse course = Courses.preparing();
        assertThat(course.checkEstablishment(Courses.decision(), false, true, true))
                .extracting(RuleViolation::ruleId).containsExactly("C3");
        assertThatThrownBy(() -> course.recordProposal(ProposalKind.PROPOSED, " ", null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.field()).isEqualTo("proposalText")));
    }

    // ---- C4 (§9) and C6 (§13 stk. 1): the action plan

    @Test
    void C4_refusesEstablishmentWithoutAnActionPlanDescribingTheNeed() {
        assertThat(Courses.preparingWithProposal().checkEstablishment(Courses.decision(), false, false, true))
                .extracting(RuleViolation::ruleId).containsExactly("C4");
    }

    @Test
    void C6_refusesEstablishmentWithoutATaskDivision() {
        assertThat(Courses.preparingWithProposal().checkEstablishment(Courses.decision(), false, true, false))
                .extracting(RuleViolation::ruleId).containsExactly("C6");
    }

    @Test
    void C4_C6_allowEstablishmentWithAPlanThatDescribesTheNeedAndDividesTasks() {
        assertThat(Courses.preparingWithProposal().checkEstablishment(Courses.decision(), false, true, true)).isEmpty();
    }

    // ---- C7 (§13 stk. 2): one responsible person

    @Test
    void C7_refusesEstablishmentWithoutAResponsiblePerson() {
        MentorCourse.Establishment noResponsible = new MentorCourse.Establishment(5L, new BigDecimal("4"), 0, null,
                TODAY, null, null);
        assertThat(Courses.preparingWithProposal().checkEstablishment(noResponsible, false, true, true))
                .extracting(RuleViolation::ruleId).containsExactly("C7");
    }

    @Test
    void C7_theAreaCanAppointAnotherResponsiblePerson() {
        MentorCourse course = Courses.active();
        course.appointResponsible(8L, "Birgitte Lund", NOW);
        assertThat(course.getResponsibleUserId()).isEqualTo(8L);
        assertThat(course.getResponsibleName()).isEqualTo("Birgitte Lund");
    }

    // ---- E6 (§3 stk. 2): an inmate's course continues after release, or the reason is written

    @Test
    void E6_refusesAnInmateCourseThatDoesNotContinueAfterReleaseWithoutAReason() {
        MentorCourse.Establishment stops = new MentorCourse.Establishment(5L, new BigDecimal("4"), 7L, "Signe Holm",
                TODAY, false, "");
        assertThat(Courses.preparingWithProposal().checkEstablishment(stops, true, true, true))
                .extracting(RuleViolation::ruleId).containsExactly("E6");
    }

    @Test
    void E6_allowsAnInmateCourseThatContinuesOrHasAWrittenReason() {
        MentorCourse.Establishment continues = new MentorCourse.Establishment(5L, new BigDecimal("4"), 7L, "Signe Holm",
                TODAY, true, null);
        MentorCourse.Establishment reasoned = new MentorCourse.Establishment(5L, new BigDecimal("4"), 7L, "Signe Holm",
                TODAY, false, "Klienten flytter til Grønland ved løsladelsen");
        assertThat(Courses.preparingWithProposal().checkEstablishment(continues, true, true, true)).isEmpty();
        MentorCourse course = Courses.preparingWithProposal();
        course.establish(reasoned, true, true, true, CASEWORKER, NOW);
        assertThat(course.getNoContinuationReason()).startsWith("Klienten flytter");
    }

    // ---- C12 (§19): ending

    @Test
    void C12_endRecordsReasonDateWhoAndTheOutcomeOfEachGoal() {
        MentorCourse course = Courses.active();
        course.end(new MentorCourse.Ending(EndReason.PURPOSE_ACHIEVED, TODAY, "Mål nået",
                        List.of(new CourseGoalOutcome(1, NeedArea.EDUCATION_EMPLOYMENT, "Job", GoalOutcome.ACHIEVED),
                                new CourseGoalOutcome(2, NeedArea.COMPANIONS, "Netværk", GoalOutcome.PARTLY))),
                List.of(1, 2), CASEWORKER, TODAY, NOW);
        assertThat(course.getState()).isEqualTo(CourseState.ENDED);
        assertThat(course.getEndReason()).isEqualTo(EndReason.PURPOSE_ACHIEVED);
        assertThat(course.getEndedByName()).isEqualTo("Signe Holm");
        assertThat(course.getGoalOutcomes()).extracting(CourseGoalOutcome::getOutcome)
                .containsExactly(GoalOutcome.ACHIEVED, GoalOutcome.PARTLY);
    }

    @Test
    void C12_refusesAnEndWithoutAnOutcomeForEveryGoalOrInTheFutureOrTwice() {
        MentorCourse course = Courses.active();
        MentorCourse.Ending missing = new MentorCourse.Ending(EndReason.BY_AGREEMENT, TODAY, null,
                List.of(new CourseGoalOutcome(1, NeedArea.EDUCATION_EMPLOYMENT, "Job", GoalOutcome.ACHIEVED)));
        assertThat(course.checkEnd(missing, List.of(1, 2), TODAY)).extracting(RuleViolation::messageKey)
                .containsExactly("course.end.outcomesRequired");
        MentorCourse.Ending future = new MentorCourse.Ending(EndReason.BY_AGREEMENT, TODAY.plusDays(1), null, List.of());
        assertThat(course.checkEnd(future, List.of(), TODAY)).extracting(RuleViolation::messageKey)
                .containsExactly("course.end.dateFuture");
        course.end(new MentorCourse.Ending(EndReason.AREA_DECISION, TODAY, null, List.of()), List.of(), CASEWORKER, TODAY, NOW);
        assertThatThrownBy(() -> course.end(new MentorCourse.Ending(EndReason.BY_AGREEMENT, TODAY, null, List.of()),
                List.of(), CASEWORKER, TODAY, NOW.plusSeconds(5)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first()).satisfies(v -> assertThat(v.messageKey()).isEqualTo("course.alreadyEnded")));
        assertThat(course.getEndReason()).isEqualTo(EndReason.AREA_DECISION);
    }

    // ---- C13 (§3 stk. 2, §4 stk. 2): release and end of supervision never end a course silently

    @Test
    void C13_releaseAndEndOfSupervisionFlagAnActiveCourseInsteadOfEndingIt() {
        CustodyStatusChanged release = new CustodyStatusChanged(42L, CustodyStatus.INMATE,
                CustodyStatus.UNDER_SUPERVISION, TODAY, 1L, 1L);
        CustodyStatusChanged supervisionEnds = new CustodyStatusChanged(42L, CustodyStatus.UNDER_SUPERVISION,
                CustodyStatus.VOLUNTARY_SUPERVISION, TODAY, 1L, 1L);
        assertThat(release.released()).isTrue();
        assertThat(supervisionEnds.supervisionEnded()).isTrue();
        MentorCourse course = Courses.active();
        assertThat(course.flagContinuation(ContinuationKind.RELEASE, TODAY, NOW)).isTrue();
        assertThat(course.getState()).isEqualTo(CourseState.ACTIVE);
        assertThat(course.getContinuationToConfirm()).isEqualTo(ContinuationKind.RELEASE);
        assertThat(course.confirmContinuation(NOW)).isEqualTo(ContinuationKind.RELEASE);
        assertThat(course.getContinuationToConfirm()).isNull();
    }

    @Test
    void C13_refusesAConfirmationWhenNothingIsToConfirmAndNeverFlagsAPreparingCourse() {
        assertThatThrownBy(() -> Courses.active().confirmContinuation(NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ground()).isEqualTo(Check.STATE));
        assertThat(Courses.preparing().flagContinuation(ContinuationKind.SUPERVISION_ENDED, TODAY, NOW)).isFalse();
    }

    // ---- hours: a number of hours must be positive (an input check; the M10 ceiling is the registry's)

    @Test
    void INPUT_refusesZeroHoursOnTheHoursField() {
        assertThatThrownBy(() -> Courses.active().changeHours(BigDecimal.ZERO, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.first().ground()).isEqualTo(Check.INPUT);
                    assertThat(r.first().field()).isEqualTo("agreedHours");
                });
    }

    @Test
    void STATE_anEndedCourseRefusesNewHoursAndANewResponsiblePerson() {
        MentorCourse course = Courses.active();
        course.end(new MentorCourse.Ending(EndReason.BY_AGREEMENT, TODAY, null, List.of()), List.of(), CASEWORKER,
                TODAY, NOW);
        assertThatThrownBy(() -> course.changeHours(BigDecimal.ONE, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ground()).isEqualTo(Check.STATE));
        assertThatThrownBy(() -> course.appointResponsible(8L, "Anden", NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.first().ground()).isEqualTo(Check.STATE));
    }
}
