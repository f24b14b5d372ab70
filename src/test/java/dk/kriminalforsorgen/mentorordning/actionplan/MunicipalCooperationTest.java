package dk.kriminalforsorgen.mentorordning.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Issue 17: what an action plan may record about the cooperation with the municipality. The municipality and the
 * municipal plan without consent; a contact person only with the client's consent; an answer with its date.
 */
class MunicipalCooperationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MunicipalCooperation cooperation(String name, String phone, String email, SharingConsent consent,
                                                    LocalDate on) {
        return new MunicipalCooperation(461, name, phone, email, MunicipalPlanKind.JOB_PLAN, "Praktik", consent, on);
    }

    private static List<String> fields(MunicipalCooperation m) {
        return m.violations(TODAY).stream().map(RuleViolation::field).toList();
    }

    @Test
    void theMunicipalityAndItsPlanMayBeRecordedWithoutConsent() {
        assertThat(cooperation(null, null, null, null, null).violations(TODAY)).isEmpty();
        assertThat(cooperation(null, null, null, SharingConsent.REFUSED, TODAY).violations(TODAY)).isEmpty();
    }

    @Test
    void SHARING_CONSENT_aContactPersonWithConsentIsAccepted() {
        assertThat(cooperation("Mette Holm", "66 13 13 72", "mette@odense.dk", SharingConsent.GIVEN, TODAY)
                .violations(TODAY)).isEmpty();
        assertThat(cooperation("Mette Holm", null, "mette@odense.dk", SharingConsent.GIVEN, TODAY).violations(TODAY))
                .isEmpty();
    }

    @Test
    void SHARING_CONSENT_aContactPersonWithoutConsentIsRefused() {
        List<RuleViolation> notAsked = cooperation("Mette Holm", "66131372", null, null, null).violations(TODAY);
        assertThat(notAsked).extracting(RuleViolation::ground).containsExactly(Check.SHARING_CONSENT);
        assertThat(notAsked.get(0).messageKey()).isEqualTo("plan.municipal.contactWithoutConsent");
        List<RuleViolation> refused = cooperation("Mette Holm", "66131372", null, SharingConsent.REFUSED, TODAY)
                .violations(TODAY);
        assertThat(refused).extracting(RuleViolation::field).containsExactly("contactName");
    }

    @Test
    void SHARING_CONSENT_theAnswerDatedTodayIsAcceptedAndTomorrowIsRefused() {
        assertThat(cooperation(null, null, null, SharingConsent.GIVEN, TODAY).violations(TODAY)).isEmpty();
        assertThat(fields(cooperation(null, null, null, SharingConsent.GIVEN, TODAY.plusDays(1))))
                .containsExactly("sharingConsentOn");
    }

    @Test
    void SHARING_CONSENT_anAnswerNeedsItsDateAndADateNeedsAnAnswer() {
        assertThat(fields(cooperation(null, null, null, SharingConsent.GIVEN, null))).containsExactly("sharingConsentOn");
        assertThat(fields(cooperation(null, null, null, null, TODAY))).containsExactly("sharingConsent");
    }

    @Test
    void IN1_aContactNeedsANameAndAPhoneOrEmailThatLookRight() {
        assertThat(fields(cooperation(null, "66131372", null, SharingConsent.GIVEN, TODAY))).containsExactly("contactName");
        assertThat(fields(cooperation("Mette Holm", null, null, SharingConsent.GIVEN, TODAY))).containsExactly("contactPhone");
        assertThat(fields(cooperation("Mette Holm", "12", "mette.odense.dk", SharingConsent.GIVEN, TODAY)))
                .containsExactly("contactPhone", "contactEmail");
    }

    @Test
    void IN1_aPlanOrContactNeedsTheMunicipality_andAnotherPlanItsDescription() {
        MunicipalCooperation noMunicipality = new MunicipalCooperation(null, null, null, null, MunicipalPlanKind.JOB_PLAN,
                null, null, null);
        assertThat(fields(noMunicipality)).containsExactly("municipalityCode");
        MunicipalCooperation other = new MunicipalCooperation(461, null, null, null, MunicipalPlanKind.OTHER, " ", null,
                null);
        assertThat(fields(other)).containsExactly("municipalPlanText");
    }

    @Test
    void aPlanContentWithoutASayAboutTheMunicipalityCarriesTheCurrentCooperation() {
        MunicipalCooperation current = cooperation("Mette Holm", "66131372", null, SharingConsent.GIVEN, TODAY);
        PlanContent revised = new PlanContent("Behov", List.of(new PlanContent.GoalText(NeedArea.COMPANIONS, "Netværk")),
                List.of());
        assertThat(revised.municipal()).isNull();
        assertThat(revised.carrying(current).municipal()).isEqualTo(current);
        assertThat(revised.carrying(null).municipal()).isEqualTo(MunicipalCooperation.none());
        assertThat(revised.carrying(current).sameAs(revised)).isTrue();
        PlanContent changed = new PlanContent("Behov", revised.goals(), List.of(), MunicipalCooperation.none());
        assertThat(revised.carrying(current).sameAs(changed)).isFalse();
    }
}
