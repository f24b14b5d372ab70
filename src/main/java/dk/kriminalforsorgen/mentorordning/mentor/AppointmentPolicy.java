package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who may be appointed mentor for a client on a day (DOMAIN §4, rules M1-M10, circular §5-§8, §15),
 * plus the registry's own conditions: an approved status, a vetting that has not expired and no
 * temporary unavailability (DOMAIN §9). Returns every rule's outcome with its Danish reason; it never
 * stops at the first failure. Pure: it takes the facts, so matching can assess many mentors from one
 * query and the course feature can call it when a mentor is appointed or hours are changed. Issue 17 adds the
 * service's own introduction policy (SERVICE_POLICY_INTRODUCTION): a check, not a rule of the circular.
 */
@Component
public class AppointmentPolicy {

    public static final List<Ground> RULES = List.of(Check.REGISTRY_STATUS, Rule.M1, Rule.M2, Rule.M3, Rule.M4,
            Rule.M5, Rule.M6, Rule.M7, Rule.M8, Rule.M9, Rule.M10, Check.VETTING_VALIDITY, Check.AVAILABILITY,
            Check.SERVICE_POLICY_INTRODUCTION);

    private final RegistryProperties properties;
    private final IntroductionRequirement introduction;

    @Autowired
    public AppointmentPolicy(RegistryProperties properties, IntroductionRequirement introduction) {
        this.properties = properties;
        this.introduction = introduction;
    }

    /** The policy where no area requires the introduction course (the shipped setting). */
    public AppointmentPolicy(RegistryProperties properties) {
        this(properties, IntroductionRequirement.nowhere());
    }

    /**
     * @param extraHours the hours a week the appointment (or hours change) adds to the mentor's workload
     */
    public AppointmentAssessment assess(MentorFacts m, ClientFacts client, LocalDate day, BigDecimal extraHours) {
        List<RuleOutcome> out = new ArrayList<>();
        out.add(m.status() == MentorStatus.APPROVED
                ? RuleOutcome.met(Check.REGISTRY_STATUS, "mentor.rule.STATUS.met")
                : RuleOutcome.notMet(Check.REGISTRY_STATUS, "mentor.rule.STATUS." + m.status().publicView().name()));

        // M1 (§5 stk. 1 nr. 1): 18 or older on the day of appointment.
        LocalDate adultOn = m.birthDate().plusYears(Mentor.MINIMUM_AGE);
        out.add(Period.between(m.birthDate(), day).getYears() >= Mentor.MINIMUM_AGE
                ? RuleOutcome.met(Rule.M1, "mentor.rule.M1.met")
                : RuleOutcome.notMet(Rule.M1, "mentor.rule.M1.notMet", DanishFormat.date(adultOn)));

        // M2 (§5 stk. 1 nr. 2): understands and speaks Danish.
        out.add(m.speaksDanish() ? RuleOutcome.met(Rule.M2, "mentor.rule.M2.met")
                : RuleOutcome.notMet(Rule.M2, "mentor.rule.M2.notMet"));

        // M3, M4 (§5 stk. 1 nr. 3-4): the declarations.
        out.add(declared(m.cooperationDeclaredOn(), day) ? RuleOutcome.met(Rule.M3, "mentor.rule.M3.met")
                : RuleOutcome.notMet(Rule.M3, "mentor.rule.M3.notMet"));
        out.add(declared(m.documentationDeclaredOn(), day) ? RuleOutcome.met(Rule.M4, "mentor.rule.M4.met")
                : RuleOutcome.notMet(Rule.M4, "mentor.rule.M4.notMet"));

        // M5 (§5 stk. 2): not for a client placed or supervised at the unit where the mentor works (for an
        // inmate also the probation office that will supervise after release), unless an exception is recorded.
        boolean sameUnit = m.employeeUnitId() != null && (Objects.equals(m.employeeUnitId(), client.currentUnitId())
                || Objects.equals(m.employeeUnitId(), client.releaseUnitId()));
        if (!sameUnit) {
            out.add(RuleOutcome.met(Rule.M5, "mentor.rule.M5.met"));
        } else if (m.employeeExceptionForClient()) {
            out.add(RuleOutcome.met(Rule.M5, "mentor.rule.M5.exception"));
        } else {
            out.add(RuleOutcome.notMet(Rule.M5, "mentor.rule.M5.notMet"));
        }

        // M6 (§5 stk. 3): never a close relative or associate. Hard block, no exception.
        out.add(m.closeRelationToClient() ? RuleOutcome.notMet(Rule.M6, "mentor.rule.M6.notMet")
                : RuleOutcome.met(Rule.M6, "mentor.rule.M6.met"));

        // M7 (§6): written consent, then the criminal-register check.
        if (m.consentGivenOn() == null) {
            out.add(RuleOutcome.notMet(Rule.M7, "mentor.rule.M7.noConsent").asSensitive());
        } else if (m.recordCheckedOn() == null) {
            out.add(RuleOutcome.notMet(Rule.M7, "mentor.rule.M7.notChecked").asSensitive());
        } else {
            out.add(RuleOutcome.met(Rule.M7, "mentor.rule.M7.met").asSensitive());
        }

        // M8 (§7 stk. 2): a registered candidate needs the directorate's approval.
        if (m.recordResult() == RecordResult.REGISTERED && !m.directorateApproved()) {
            out.add(RuleOutcome.notMet(Rule.M8, "mentor.rule.M8.notMet").asSensitive());
        } else if (m.recordResult() == RecordResult.REGISTERED) {
            out.add(RuleOutcome.met(Rule.M8, "mentor.rule.M8.approved").asSensitive());
        } else {
            out.add(RuleOutcome.met(Rule.M8, "mentor.rule.M8.met").asSensitive());
        }

        // M9 (§8): the signed confidentiality declaration before appointment.
        out.add(declared(m.confidentialitySignedOn(), day) ? RuleOutcome.met(Rule.M9, "mentor.rule.M9.met")
                : RuleOutcome.notMet(Rule.M9, "mentor.rule.M9.notMet"));

        // M10 (§15): total agreed hours within a half-time position.
        BigDecimal ceiling = properties.workloadCeilingHours();
        BigDecimal agreed = m.agreedHours() == null ? BigDecimal.ZERO : m.agreedHours();
        BigDecimal extra = extraHours == null ? BigDecimal.ZERO : extraHours;
        BigDecimal after = agreed.add(extra);
        BigDecimal left = ceiling.subtract(agreed);
        if (left.signum() <= 0) {
            out.add(RuleOutcome.notMet(Rule.M10, "mentor.rule.M10.full", agreed, ceiling));
        } else if (after.compareTo(ceiling) > 0) {
            out.add(RuleOutcome.notMet(Rule.M10, "mentor.rule.M10.notMet", agreed, extra, ceiling));
        } else {
            out.add(RuleOutcome.met(Rule.M10, "mentor.rule.M10.met", agreed, ceiling.subtract(after), ceiling));
        }

        // DOMAIN §9: an expired vetting blocks new appointments.
        LocalDate validUntil = properties.vettingValidUntil(m.recordCheckedOn());
        if (validUntil == null) {
            out.add(RuleOutcome.notMet(Check.VETTING_VALIDITY, "mentor.rule.VETTING.none"));
        } else if (day.isAfter(validUntil)) {
            out.add(RuleOutcome.notMet(Check.VETTING_VALIDITY, "mentor.rule.VETTING.expired", DanishFormat.date(validUntil)));
        } else {
            out.add(RuleOutcome.met(Check.VETTING_VALIDITY, "mentor.rule.VETTING.met", DanishFormat.date(validUntil)));
        }

        // DOMAIN §9: temporarily unavailable until a date, available again by itself the day after.
        out.add(m.unavailableUntil() != null && !day.isAfter(m.unavailableUntil())
                ? RuleOutcome.notMet(Check.AVAILABILITY, "mentor.rule.AVAILABILITY.notMet", DanishFormat.date(m.unavailableUntil()))
                : RuleOutcome.met(Check.AVAILABILITY, "mentor.rule.AVAILABILITY.met"));

        out.add(introduction(m, client, day));
        return new AppointmentAssessment(m.mentorId(), out);
    }

    /**
     * Issue 17, the service's own policy (news 2019: "mentorkurser"), not the circular: where the appointing area
     * (the client's competent area, §7) requires it, a mentor's first appointment needs the introduction course
     * taken on or before the day. Not applicable elsewhere; a mentor appointed before is not held back by it.
     */
    private RuleOutcome introduction(MentorFacts m, ClientFacts client, LocalDate day) {
        Check policy = Check.SERVICE_POLICY_INTRODUCTION;
        if (!introduction.requiredIn(client.areaId())) {
            return RuleOutcome.of(policy, RuleOutcome.Status.NOT_APPLICABLE, "mentor.rule.INTRODUCTION.notRequired");
        }
        if (m.introductionCompletedOn() != null && !m.introductionCompletedOn().isAfter(day)) {
            return RuleOutcome.met(policy, "mentor.rule.INTRODUCTION.met", DanishFormat.date(m.introductionCompletedOn()));
        }
        if (m.appointedBefore()) {
            return RuleOutcome.met(policy, "mentor.rule.INTRODUCTION.appointedBefore");
        }
        return m.introductionCompletedOn() == null
                ? RuleOutcome.notMet(policy, "mentor.rule.INTRODUCTION.notMet")
                : RuleOutcome.notMet(policy, "mentor.rule.INTRODUCTION.later", DanishFormat.date(m.introductionCompletedOn()));
    }

    private static boolean declared(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }
}
