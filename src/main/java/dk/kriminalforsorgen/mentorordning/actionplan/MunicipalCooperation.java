package dk.kriminalforsorgen.mentorordning.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Issue 17: how an action plan version is coordinated with the client's municipality: the municipality (by
 * official number), the municipal contact person, the municipal plan the action plan builds on and the client's
 * answer to sharing information with the municipality. Part of every plan version, carried into the next one.
 *
 * <p>The municipality and the kind of municipal plan may be recorded without consent: the client can tell them
 * himself and they are facts the service plans by. The contact person is recorded only with the client's consent
 * (SHARING_CONSENT): a named contact is someone the service talks to, and invites to meetings, about the client,
 * which is sharing. Withdrawn consent therefore means the contact must be removed in the next version.
 */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MunicipalCooperation {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Danish or foreign numbers: an optional +, then 8 to 15 digits with spaces or dashes between. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,20}[0-9]");

    @Column(name = "municipality_code")
    private Integer municipalityCode;

    @Column(name = "municipal_contact_name")
    private String contactName;

    @Column(name = "municipal_contact_phone")
    private String contactPhone;

    @Column(name = "municipal_contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "municipal_plan_kind")
    private MunicipalPlanKind planKind = MunicipalPlanKind.NONE;

    @Column(name = "municipal_plan_text")
    private String planText;

    @Enumerated(EnumType.STRING)
    @Column(name = "sharing_consent")
    private SharingConsent consent;

    @Column(name = "sharing_consent_on")
    private LocalDate consentOn;

    public MunicipalCooperation(Integer municipalityCode, String contactName, String contactPhone, String contactEmail,
                                MunicipalPlanKind planKind, String planText, SharingConsent consent, LocalDate consentOn) {
        this.municipalityCode = municipalityCode;
        this.contactName = TaskDivision.blankToNull(contactName);
        this.contactPhone = TaskDivision.blankToNull(contactPhone);
        this.contactEmail = TaskDivision.blankToNull(contactEmail);
        this.planKind = planKind == null ? MunicipalPlanKind.NONE : planKind;
        this.planText = TaskDivision.blankToNull(planText);
        this.consent = consent;
        this.consentOn = consentOn;
    }

    /** Nothing recorded about the municipality. */
    public static MunicipalCooperation none() {
        return new MunicipalCooperation(null, null, null, null, MunicipalPlanKind.NONE, null, null, null);
    }

    public boolean hasContact() {
        return contactName != null || contactPhone != null || contactEmail != null;
    }

    /** The action plan builds on a plan of the municipality (the directorate's figure counts these). */
    public boolean buildsOnMunicipalPlan() {
        return planKind != MunicipalPlanKind.NONE;
    }

    public boolean consentGiven() {
        return consent == SharingConsent.GIVEN;
    }

    public boolean isEmpty() {
        return equals(none());
    }

    /** Every problem with the recorded cooperation on {@code today}, each at its field. */
    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> out = new ArrayList<>();
        boolean anything = hasContact() || buildsOnMunicipalPlan() || planText != null;
        if (municipalityCode == null && anything) {
            out.add(RuleViolation.onField(Check.INPUT, "municipalityCode", "plan.municipal.municipalityMissing"));
        }
        if (planKind == MunicipalPlanKind.OTHER && planText == null) {
            out.add(RuleViolation.onField(Check.INPUT, "municipalPlanText", "plan.municipal.planTextMissing"));
        }
        if (planKind == MunicipalPlanKind.NONE && planText != null) {
            out.add(RuleViolation.onField(Check.INPUT, "municipalPlanKind", "plan.municipal.planKindMissing"));
        }
        if (planText != null && planText.length() > TEXT_MAX) {
            out.add(RuleViolation.onField(Check.INPUT, "municipalPlanText", "plan.municipal.tooLong", TEXT_MAX));
        }
        // The answer and its date go together; a future date is a typing error.
        if (consent != null && consentOn == null) {
            out.add(RuleViolation.onField(Check.SHARING_CONSENT, "sharingConsentOn", "plan.municipal.consentDateMissing"));
        } else if (consent == null && consentOn != null) {
            out.add(RuleViolation.onField(Check.SHARING_CONSENT, "sharingConsent", "plan.municipal.consentAnswerMissing"));
        } else if (consentOn != null && consentOn.isAfter(today)) {
            out.add(RuleViolation.onField(Check.SHARING_CONSENT, "sharingConsentOn", "plan.municipal.consentDateFuture"));
        }
        if (hasContact()) {
            if (!consentGiven()) {
                out.add(RuleViolation.onField(Check.SHARING_CONSENT, "contactName", "plan.municipal.contactWithoutConsent"));
            }
            if (contactName == null) {
                out.add(RuleViolation.onField(Check.INPUT, "contactName", "plan.municipal.contactNameMissing"));
            } else if (contactName.length() > NAME_MAX) {
                out.add(RuleViolation.onField(Check.INPUT, "contactName", "plan.municipal.tooLong", NAME_MAX));
            }
            if (contactPhone == null && contactEmail == null) {
                out.add(RuleViolation.onField(Check.INPUT, "contactPhone", "plan.municipal.contactWayMissing"));
            }
            if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
                out.add(RuleViolation.onField(Check.INPUT, "contactPhone", "plan.municipal.phoneInvalid"));
            }
            if (contactEmail != null && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
                out.add(RuleViolation.onField(Check.INPUT, "contactEmail", "plan.municipal.emailInvalid"));
            }
        }
        return out;
    }
}
