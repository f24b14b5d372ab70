package dk.kriminalforsorgen.mentorordning.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.mentor.AppointmentAssessment;
import dk.kriminalforsorgen.mentorordning.mentor.ClientDirectory;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/** Establishing a course (C1 with C2-C7, E1-E7, M1-M10) and appointing its responsible person (C7). */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseEstablishment {

    private final CourseAccess access;
    private final CourseQueries queries;
    private final ClientService clients;
    private final ActionPlans plans;
    private final MentorRegistry registry;
    private final ClientDirectory clientDirectory;
    private final ReferenceData referenceData;
    private final AuditService audit;
    private final CourseCalendar calendar;
    private final ApplicationEventPublisher events;

    /** The input of the establishment decision; without a mentor id, the mentor chosen while preparing. */
    public record EstablishInput(Long mentorId, BigDecimal agreedHours, Long responsibleUserId, LocalDate startDate,
                                 Boolean continuesAfterRelease, String noContinuationReason) {

        EstablishInput withMentor(Long chosen) {
            return new EstablishInput(chosen, agreedHours, responsibleUserId, startDate, continuesAfterRelease,
                    noContinuationReason);
        }
    }

    /**
     * C1 (§7 stk. 1): the competent area establishes the course and appoints its mentor, in one
     * transaction. Refused, with every reason, unless: the course is still being prepared and of the
     * user's area, the client will be supervised in this area (C2), the client is eligible on the start
     * date (E1-E5, E7), the proposal is recorded (C3), the action plan describes the need (C4) and
     * divides the tasks (C6), a responsible person of the area is named (C7), an inmate's course
     * continues after release or the reason is written (E6), and the mentor passes M1-M10 and the
     * registry's conditions on that date with this course's hours. CI2: the mentor row is locked before
     * the workload is read, so parallel establishments never exceed the ceiling together.
     */
    public void establish(long id, long version, EstablishInput requested) {
        Actor by = access.actor();
        Decision decision = decide(id, version, requested);
        Refusal.throwIfAny(decision.violations());
        MentorCourse course = decision.course();
        EstablishInput input = decision.input();
        course.establish(decision.establishment(), decision.inmate(), decision.describesNeed(), decision.dividesTasks(),
                by, calendar.now());
        access.save(course);
        audit.record("COURSE_ESTABLISHED", CourseAccess.SUBJECT, id, "mentor=" + input.mentorId() + " hours="
                + input.agreedHours() + " start=" + input.startDate() + " responsible=" + input.responsibleUserId());
        events.publishEvent(new MentorAppointed(id, input.mentorId(), course.areaId(), input.responsibleUserId(),
                input.startDate(), input.startDate().plus(calendar.schedule().kickOffWithin())));
    }

    /**
     * What the user is about to decide, for the "check your answers" page before {@link #establish}: the
     * same checks, nothing saved. Refused with every reason exactly as the establishment would be; when
     * allowed, the eligibility on the start date (E1-E9 as of that day), the mentor, the responsible
     * person and the action plan as they will be recorded.
     */
    public EstablishmentReview review(long id, long version, EstablishInput requested) {
        Decision decision = decide(id, version, requested);
        Refusal.throwIfAny(decision.violations());
        return new EstablishmentReview(decision.input(), decision.eligibility(),
                queries.mentorName(decision.input().mentorId()).orElse(null), decision.establishment().responsibleName(),
                decision.inmate(), plans.find(id),
                calendar.schedule().nextDue(decision.input().startDate(), List.of()).dueOn());
    }

    /**
     * The establishment as it would be decided: the inputs, the eligibility on the start date (E1-E9 as of
     * that day), the mentor, the responsible person, the action plan, and when the kick-off is due (C5).
     */
    public record EstablishmentReview(EstablishInput input, EligibilityResult eligibility, String mentorName,
                                      String responsibleName, boolean inmate, Optional<ActionPlans.PlanView> plan,
                                      LocalDate kickOffDue) {
    }

    private record Decision(MentorCourse course, EstablishInput input, MentorCourse.Establishment establishment,
                            boolean inmate, boolean describesNeed, boolean dividesTasks, EligibilityResult eligibility,
                            List<RuleViolation> violations) {
    }

    /**
     * Every rule of the establishment (see {@link #establish}), checked in one go. CI2: the mentor row is
     * locked before the workload is read.
     */
    private Decision decide(long id, long version, EstablishInput requested) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (!course.isPreparing()) {
            throw Refusal.general(Check.STATE, "course.alreadyDecided");
        }
        EstablishInput input = requested.mentorId() == null ? requested.withMentor(course.getMentorId()) : requested;
        // C2 first: when the client is (or will be) supervised in another area, only that area may decide,
        // and this area may no longer even open the client record.
        CourseQueries.ClientSummary summary = queries.client(course.getClientId()).orElseThrow();
        if (!Objects.equals(summary.areaId(), course.areaId())) {
            throw Refusal.general(Rule.C2, "course.C2.handoverRequired", referenceData.areaName(summary.areaId()));
        }
        List<RuleViolation> violations = new ArrayList<>();
        Client client = clients.requireVisible(course.getClientId());
        LocalDate start = input.startDate();
        EligibilityResult eligibility = null;
        if (start == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "startDate", "course.startDate.required"));
        } else if (start.isBefore(calendar.today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "startDate", "course.startDate.past"));
        } else {
            eligibility = clients.eligibilityOn(client, start);
            violations.addAll(CoursePreparation.eligibilityViolations(eligibility, "startDate"));
        }
        String responsibleName = null;
        if (input.responsibleUserId() != null) {
            Optional<CourseQueries.Person> person = queries.responsibleCandidate(input.responsibleUserId(), course.areaId());
            if (person.isEmpty()) {
                violations.add(RuleViolation.onField(Rule.C7, "responsibleUserId", "course.establish.responsibleNotInArea"));
            } else {
                responsibleName = person.get().name();
            }
        }
        Optional<ActionPlans.PlanView> plan = plans.find(id);
        boolean describesNeed = plan.map(p -> p.current().content().describesNeed()).orElse(false);
        boolean dividesTasks = plan.map(p -> p.current().content().dividesTasks()).orElse(false);
        boolean inmate = client.getCustodyStatus() == CustodyStatus.INMATE;
        MentorCourse.Establishment establishment = new MentorCourse.Establishment(
                input.mentorId() == null ? 0 : input.mentorId(), input.agreedHours(),
                input.responsibleUserId() == null ? 0 : input.responsibleUserId(), responsibleName, start,
                input.continuesAfterRelease(), input.noContinuationReason());
        violations.addAll(course.checkEstablishment(establishment, inmate, describesNeed, dividesTasks));
        if (input.mentorId() == null || !queries.lockMentor(input.mentorId())) {
            violations.add(RuleViolation.onField(Check.INPUT, "mentorId", "course.establish.noMentor"));
        } else if (start != null && input.agreedHours() != null && input.agreedHours().signum() > 0) {
            AppointmentAssessment assessment = registry.assess(input.mentorId(),
                    CourseMentors.clientFacts(clientDirectory, client.getId()), start, input.agreedHours());
            violations.addAll(mentorViolations(assessment));
        }
        return new Decision(course, input, establishment, inmate, describesNeed, dividesTasks, eligibility, violations);
    }

    /**
     * M1-M10 and the registry's conditions with the registry's own texts (they name the paragraph). The
     * vetting outcomes are always shown redacted on course pages (AZ3: record details only in the registry).
     */
    private static List<RuleViolation> mentorViolations(AppointmentAssessment assessment) {
        return assessment.redacted().failures().stream().map(outcome -> outcome.asViolation(null)).toList();
    }

    /** C7 (§13 stk. 2): the area appoints another responsible person. */
    public void appointResponsible(long id, long version, Long userId) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (userId == null) {
            throw Refusal.onField(Rule.C7, "responsibleUserId", "course.establish.noResponsible");
        }
        CourseQueries.Person person = queries.responsibleCandidate(userId, course.areaId()).orElseThrow(
                () -> Refusal.onField(Rule.C7, "responsibleUserId", "course.establish.responsibleNotInArea"));
        course.appointResponsible(person.id(), person.name(), calendar.now());
        access.save(course);
        audit.record("COURSE_RESPONSIBLE_APPOINTED", CourseAccess.SUBJECT, id, "user=" + userId);
    }
}
