package dk.kriminalforsorgen.mentorordning.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.mentor.ClientDirectory;
import dk.kriminalforsorgen.mentorordning.mentor.MentorProfile;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * Preparing a course (DOMAIN §5): the course for an eligible client of the user's area (C1, E1-E5, E7),
 * the client's proposal of a mentor (C3) and the action plan (C4, C6). Each use case is one transaction
 * with its audit row (AU1, AU2).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CoursePreparation {

    private final CourseAccess access;
    private final CourseQueries queries;
    private final ClientService clients;
    private final ActionPlans plans;
    private final MentorRegistry registry;
    private final ClientDirectory clientDirectory;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /**
     * Prepares a course for an eligible client (E1-E5, E7 at the planned start) in the user's area (C1).
     * A client has at most one open course (a state check).
     */
    public long prepare(long clientId, LocalDate plannedStart) {
        CurrentUser user = access.user();
        Client client = clients.requireVisible(clientId);
        List<RuleViolation> violations = new ArrayList<>();
        if (!Objects.equals(client.areaId(), user.areaId())) {
            violations.add(RuleViolation.general(Rule.C1, "course.C1.otherArea"));
        }
        if (queries.openCourseOf(clientId).isPresent()) {
            violations.add(RuleViolation.general(Check.STATE, "course.prepare.alreadyOpen"));
        }
        if (plannedStart == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "plannedStart", "course.plannedStart.required"));
        } else if (plannedStart.isBefore(calendar.today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "plannedStart", "course.plannedStart.past"));
        } else {
            violations.addAll(eligibilityViolations(clients.eligibilityOn(client, plannedStart), "plannedStart"));
        }
        Refusal.throwIfAny(violations);
        MentorCourse course = access.save(MentorCourse.prepare(clientId, client.areaId(), plannedStart,
                Actor.of(user), calendar.now()));
        audit.record("COURSE_PREPARED", CourseAccess.SUBJECT, course.getId(), "client=" + clientId + " start=" + plannedStart);
        return course.getId();
    }

    /** The eligibility rules that refuse a course on a date, each naming its paragraph (E1-E5, E7). */
    static List<RuleViolation> eligibilityViolations(EligibilityResult result, String field) {
        if (result.eligible()) {
            return List.of();
        }
        return result.outcomes().stream()
                .filter(o -> o.status() == Status.NOT_MET && o.ground() != Rule.E9)
                .map(o -> RuleViolation.onField(o.ground(), field, "course.eligibility." + o.ruleId(),
                        DanishFormat.date(result.date())))
                .toList();
    }

    /** C3 (§11): the client's proposal of a mentor, or that none was made. */
    public void recordProposal(long id, long version, ProposalKind kind, String text) {
        recordProposal(id, version, kind, text, null);
    }

    /** The person the client proposes, as the registry needs them for an applicant (C3, M1). */
    public record ProposedPerson(String firstName, String lastName, LocalDate birthDate, String phone) {

        MentorProfile profile() {
            return new MentorProfile(firstName.strip(), lastName.strip(), birthDate, null,
                    phone == null || phone.isBlank() ? null : phone.strip(), null, null, null, null, false, null, null,
                    null, null, null, null, Set.of(), Set.of(), Set.of());
        }
    }

    /**
     * C3 (§11): the client's proposal, or that none was made. With a {@code person} the proposal becomes a
     * registry applicant in the same step: registered in the client's area and linked to the client (so
     * matching ranks them once approved), and linked to this course's proposal; consent, vetting and
     * M1-M10 follow as for anyone else. A proposal already linked keeps its applicant.
     */
    public void recordProposal(long id, long version, ProposalKind kind, String text, ProposedPerson person) {
        MentorCourse course = access.requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        Long applicant = kind == ProposalKind.PROPOSED ? course.getProposedMentorId() : null;
        if (kind == ProposalKind.PROPOSED && person != null) {
            if (applicant != null) {
                throw Refusal.general(Check.STATE, "course.proposal.alreadyApplicant");
            }
            List<RuleViolation> missing = new ArrayList<>();
            if (person.firstName() == null || person.firstName().isBlank()) {
                missing.add(RuleViolation.onField(Check.INPUT, "firstName", "course.proposal.firstNameRequired"));
            }
            if (person.lastName() == null || person.lastName().isBlank()) {
                missing.add(RuleViolation.onField(Check.INPUT, "lastName", "course.proposal.lastNameRequired"));
            }
            if (person.birthDate() == null) {
                missing.add(RuleViolation.onField(Check.INPUT, "birthDate", "course.proposal.birthDateRequired"));
            }
            Refusal.throwIfAny(missing);
            applicant = registry.registerProposal(CourseMentors.clientFacts(clientDirectory, course.getClientId()),
                    person.profile()).getId();
        }
        course.recordProposal(kind, text, applicant, calendar.today(), calendar.now());
        access.save(course);
        audit.record("COURSE_PROPOSAL_RECORDED", CourseAccess.SUBJECT, id, "proposal=" + kind
                + (applicant == null ? "" : " applicant=" + applicant));
    }

    /**
     * C4, C6: saves the action plan. Before establishment the draft is changed in place; afterwards a
     * changed plan becomes a new version (C8). CI1: a stale plan version is refused. An ended course's
     * plan is closed (a state check).
     */
    public int savePlan(long id, Long planVersion, PlanContent content) {
        MentorCourse course = access.requireDeciding(id);
        if (course.isEnded()) {
            throw Refusal.general(Check.STATE, "course.alreadyEnded");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (content.needDescription().isBlank()) {
            violations.add(RuleViolation.onField(Rule.C4, "needDescription", "course.plan.needRequired"));
        }
        if (content.goals().isEmpty()) {
            violations.add(RuleViolation.onField(Rule.C4, "goals[0].description", "course.plan.goalRequired"));
        }
        Refusal.throwIfAny(violations);
        Actor by = access.actor();
        int number = plans.save(id, planVersion, content, course.isPreparing(), by.userId(), by.name());
        audit.record("ACTION_PLAN_SAVED", CourseAccess.SUBJECT, id, "version=" + number);
        return number;
    }
}
