package dk.kriminalforsorgen.mentorordning.course;

import static dk.kriminalforsorgen.mentorordning.course.Courses.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/** Fees (C9) and grants (C10, C11). */
class CourseRulesTest {

    private static final BigDecimal CEILING = CourseProperties.defaults().grantYearlyCeiling();

    @Test
    void C9_aFeeWithAnAmountADateAndItsBasisIsAllowed() {
        assertThat(CourseRules.checkFee(Courses.active(), new BigDecimal("1200"), TODAY,
                "4 timer om ugen, statusrapporter for januar og februar")).isEmpty();
    }

    @Test
    void C9_refusesAFeeWithoutItsBasisOrAmount() {
        assertThat(CourseRules.checkFee(Courses.active(), null, TODAY, " "))
                .extracting(RuleViolation::field).containsExactly("monthlyAmount", "basis");
    }

    @ParameterizedTest
    @EnumSource(value = ExpenseType.class, names = {"TRANSPORT", "TELEPHONE", "POSTAGE"})
    void C10_refusesTransportTelephoneAndPostage(ExpenseType type) {
        assertThat(CourseRules.checkGrant(Courses.active(), type, "Bustur", new BigDecimal("100"), BigDecimal.ZERO, CEILING))
                .extracting(RuleViolation::ruleId).contains("C10");
    }

    @Test
    void C10_refusesTransportExpense() {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.TRANSPORT, "Rejsekort", new BigDecimal("200"),
                BigDecimal.ZERO, CEILING)).extracting(RuleViolation::messageKey).containsExactly("course.grant.C10.refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Togbillet til Aarhus", "Taletid på mobil", "Porto til ansøgninger", "Taxa til kurset"})
    void C10_refusesAnActivityWhosePurposeIsTransportTelephoneOrPostage(String purpose) {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, purpose, new BigDecimal("100"),
                BigDecimal.ZERO, CEILING)).extracting(RuleViolation::messageKey).containsExactly("course.grant.C10.purpose");
    }

    /** Issue 16 defect 5: "buske" (bushes) is not "bus"; whole words are compared. */
    @Test
    void C10_grantsAGardeningCourseAboutPruningBushes() {
        assertThat(activity("Havekursus: beskæring af buske")).isEmpty();
    }

    /** Issue 16 defect 5: a monthly card for the metro is transport, also when chosen as an activity. */
    @Test
    void C10_refusesAMonthlyCardForTheMetroNamingTheWord() {
        assertThat(activity("Månedskort til metroen")).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("C10");
                    assertThat(v.messageKey()).isEqualTo("course.grant.C10.purpose");
                    assertThat(v.arguments()).containsExactly("Månedskort");
                });
    }

    /** The word boundary: a word that only begins like a refused word is an activity. */
    @ParameterizedTest
    @ValueSource(strings = {"Businessengelsk på aftenskolen", "Mobilitetstræning i fitnesscenteret",
            "Portugisisk for begyndere", "Telefonisk vejledning om jobsøgning er gratis; kursusgebyr",
            "Entré til Togskibets udstilling", "Kursus i busketræer og hække"})
    void C10_grantsAnActivityWhoseWordsOnlyBeginLikeARefusedWord(String purpose) {
        assertThat(activity(purpose)).isEmpty();
    }

    private static List<RuleViolation> activity(String purpose) {
        return CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, purpose, new BigDecimal("100"),
                BigDecimal.ZERO, CEILING);
    }

    /** ... and a refused word is found whole, inflected, in any case and inside a hyphenated word. */
    @ParameterizedTest
    @ValueSource(strings = {"Billet til S-toget", "Bustur til Lalandia", "Taxaen hjem fra teatret",
            "Frimærker til ansøgninger", "TELEFONREGNING for marts", "Benzin (kørsel til praktik)", "bus"})
    void C10_refusesAnActivityNamingARefusedWordInAnyForm(String purpose) {
        assertThat(activity(purpose)).extracting(RuleViolation::messageKey).containsExactly("course.grant.C10.purpose");
    }

    /** The chosen expense type classifies first: transport is refused whatever the purpose says. */
    @Test
    void C10_refusesTheChosenTypeTransportWhateverThePurposeSays() {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.TRANSPORT, "Entré til Naturhistorisk Museum",
                new BigDecimal("100"), BigDecimal.ZERO, CEILING))
                .extracting(RuleViolation::messageKey).containsExactly("course.grant.C10.refused");
    }

    @Test
    void C11_allowsAnEducationalActivityWithinTheYearlyCeiling() {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Entré til Naturhistorisk Museum",
                new BigDecimal("1000"), new BigDecimal("4000"), CEILING)).isEmpty();
    }

    @Test
    void C11_refusesAGrantOverTheYearlyCeiling() {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Svømmekursus",
                new BigDecimal("1000.01"), new BigDecimal("4000"), CEILING))
                .extracting(RuleViolation::ruleId, RuleViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C11", "course.grant.C11.ceiling"));
    }

    @Test
    void C11_theCeilingCountsWhatWasAlreadyGrantedThisYear() {
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Svømmekursus",
                new BigDecimal("3000"), BigDecimal.ZERO, CEILING)).isEmpty();
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Svømmekursus",
                new BigDecimal("3000"), new BigDecimal("3000"), CEILING))
                .extracting(RuleViolation::ruleId).containsExactly("C11");
    }

    @Test
    void C11_theDefaultCeilingIs5000KronerAYear() {
        CourseProperties bound = CourseProperties.defaults(); // the shipped application.yml
        assertThat(bound.grantYearlyCeiling()).isEqualByComparingTo("5000");
        assertThat(CEILING).isEqualByComparingTo("5000");
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Kursus", new BigDecimal("5000"),
                BigDecimal.ZERO, bound.grantYearlyCeiling())).isEmpty();
        assertThat(CourseRules.checkGrant(Courses.active(), ExpenseType.ACTIVITY, "Kursus", new BigDecimal("5001"),
                BigDecimal.ZERO, bound.grantYearlyCeiling())).extracting(RuleViolation::ruleId).containsExactly("C11");
    }

    @Test
    void C5_C8_theDefaultKickOffDeadlineIs14DaysAndTheReviewIntervalThreeMonths() {
        CourseProperties bound = CourseProperties.defaults(); // the shipped application.yml
        assertThat(bound.kickOffWithin()).isEqualTo(java.time.Period.ofDays(14));
        assertThat(bound.reviewInterval()).isEqualTo(java.time.Period.ofMonths(3));
    }

    @Test
    void STATE_INPUT_aGrantOnACourseThatIsNotActiveIsAStateRefusalAndAMissingAmountAnInputOne() {
        assertThat(CourseRules.checkGrant(Courses.preparing(), ExpenseType.ACTIVITY, "Kursus", null,
                BigDecimal.ZERO, CEILING)).extracting(RuleViolation::ground)
                .containsExactly(dk.kriminalforsorgen.mentorordning.shared.Check.STATE,
                        dk.kriminalforsorgen.mentorordning.shared.Check.INPUT);
    }

    @Test
    void STATE_refusesAGrantOnACourseThatIsNotActive() {
        assertThat(CourseRules.checkGrant(Courses.preparing(), ExpenseType.ACTIVITY, "Kursus", BigDecimal.TEN,
                BigDecimal.ZERO, CEILING)).extracting(RuleViolation::messageKey).containsExactly("course.grant.notActive");
    }
}
