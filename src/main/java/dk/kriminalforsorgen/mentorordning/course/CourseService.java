package dk.kriminalforsorgen.mentorordning.course;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlanVersion;
import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlans;
import dk.kriminalforsorgen.mentorordning.actionplan.Goal;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.Client;
import dk.kriminalforsorgen.mentorordning.client.ClientService;
import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.EligibilityResult;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome.Status;
import dk.kriminalforsorgen.mentorordning.meeting.Meeting;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.AppointmentAssessment;
import dk.kriminalforsorgen.mentorordning.mentor.ClientFacts;
import dk.kriminalforsorgen.mentorordning.mentor.Matching;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.ClientDirectory;
import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The use cases of a mentor course, each in one transaction with its audit row (AU1, AU2). Every
 * load goes through the area check (AZ2): a course is visible to its current area and to the areas
 * it was handed over from (C2: both see the history); only its current area decides (C1).
 */
@Service
@Transactional
public class CourseService {

    public static final String SUBJECT = "COURSE";

    private final MentorCourseRepository courses;
    private final CourseHandoverRepository handovers;
    private final CourseContinuationRepository continuations;
    private final CourseFeeRepository fees;
    private final ActivityGrantRepository grants;
    private final CourseQueries queries;
    private final ActionPlans plans;
    private final Meetings meetings;
    private final ClientService clients;
    private final MentorRegistry registry;
    private final ClientDirectory clientDirectory;
    private final Matching matching;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final ReferenceData referenceData;
    private final CourseProperties properties;
    private final MeetingSchedule schedule;
    private final Clock clock;

    CourseService(MentorCourseRepository courses, CourseHandoverRepository handovers,
                  CourseContinuationRepository continuations, CourseFeeRepository fees, ActivityGrantRepository grants,
                  CourseQueries queries, ActionPlans plans, Meetings meetings, ClientService clients,
                  MentorRegistry registry, ClientDirectory clientDirectory, Matching matching, AccessChecker access, CurrentUsers currentUsers,
                  AuditService audit, ReferenceData referenceData, CourseProperties properties, Clock clock) {
        this.courses = courses;
        this.handovers = handovers;
        this.continuations = continuations;
        this.fees = fees;
        this.grants = grants;
        this.queries = queries;
        this.plans = plans;
        this.meetings = meetings;
        this.clients = clients;
        this.registry = registry;
        this.clientDirectory = clientDirectory;
        this.matching = matching;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.referenceData = referenceData;
        this.properties = properties;
        this.schedule = new MeetingSchedule(properties.reviewInterval(), properties.kickOffWithin());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public MeetingSchedule schedule() {
        return schedule;
    }

    public CourseProperties properties() {
        return properties;
    }

    // ================================================================ reading

    /** Everything the course page shows, read and audited in one transaction. */
    public record CourseView(MentorCourse course, CourseQueries.ClientSummary client, String areaName,
                             String mentorName, boolean canDecide, boolean handoverNeeded, String competentAreaName,
                             Optional<ActionPlans.PlanView> plan, List<Meeting> meetings, MeetingSchedule.Due due,
                             List<CourseHandover> handovers, List<CourseContinuation> continuations,
                             List<CourseFee> fees, List<ActivityGrant> grants, BigDecimal grantedThisYear,
                             BigDecimal grantCeiling, LocalDate today) {

        public boolean overdue() {
            return due != null && due.overdue(today);
        }

        /**
         * C13 checked on read: the supervision end date has passed while the client is still recorded as
         * under supervision, so no status change has flagged the course yet (E8, §4 stk. 2).
         */
        public boolean supervisionEndPassed() {
            return course.isActive() && course.getContinuationToConfirm() == null
                    && client.status() == CustodyStatus.UNDER_SUPERVISION && client.supervisionEndDate() != null
                    && client.supervisionEndDate().isBefore(today);
        }

        public Optional<CourseFee> currentFee() {
            return fees.stream().filter(f -> !f.getValidFrom().isAfter(today)).findFirst();
        }

    }

    @Transactional
    public CourseView view(long id) {
        MentorCourse course = loadVisible(id);
        audit.record("COURSE_VIEWED", SUBJECT, id, null);
        return viewOf(course);
    }

    private CourseView viewOf(MentorCourse course) {
        long id = course.getId();
        LocalDate today = today();
        CourseQueries.ClientSummary client = queries.client(course.getClientId()).orElseThrow();
        List<Meeting> held = meetings.of(id);
        MeetingSchedule.Due due = course.isActive() ? schedule.nextDue(course.getStartDate(), held) : null;
        boolean handoverNeeded = !course.isEnded() && !Objects.equals(client.areaId(), course.areaId());
        LocalDate yearStart = today.withDayOfYear(1);
        return new CourseView(course, client, referenceData.areaName(course.areaId()),
                queries.mentorName(course.getMentorId()).orElse(null), canDecide(course), handoverNeeded,
                referenceData.areaName(client.areaId()), plans.find(id), held, due,
                handovers.findByCourseIdOrderByIdDesc(id), continuations.findByCourseIdOrderByIdDesc(id),
                fees.findByCourseIdOrderByIdDesc(id), grants.findByCourseIdOrderByIdDesc(id),
                grants.sumBetween(id, yearStart, yearStart.plusYears(1).minusDays(1)),
                properties.grantYearlyCeiling(), today);
    }

    /** A course for one of the decision forms: visible and of the user's area (C1). Audited as a read. */
    public CourseView forDecision(long id, String form) {
        MentorCourse course = requireDeciding(id);
        audit.record("COURSE_VIEWED", SUBJECT, id, "formular: " + form);
        return viewOf(course);
    }

    /** A printable or older version of the action plan (C8: old versions stay readable). */
    public ActionPlanVersion planVersion(long id, int number) {
        loadVisible(id);
        audit.record("ACTION_PLAN_VIEWED", SUBJECT, id, "version=" + number);
        return plans.version(id, number);
    }

    /** C7: who may be made responsible: the caseworkers and coordinators of the course's area. */
    @Transactional(readOnly = true)
    public List<CourseQueries.Person> responsibleCandidates(long id) {
        MentorCourse course = courses.findById(id).orElseThrow(() -> new NotFoundException("course " + id));
        return queries.responsibleCandidates(course.areaId());
    }

    /** The area's course list (the directorate: all), one query. */
    public record CoursePage(List<CourseQueries.CourseRow> rows, int page, boolean hasNext) {
    }

    public CoursePage list(CourseState state, int page) {
        int size = 25;
        List<CourseQueries.CourseRow> rows = queries.list(access.areaFilter(), state, Math.max(page, 0), size, schedule,
                today());
        audit.record("COURSE_LIST_VIEWED", SUBJECT, null, "state=" + state + " page=" + page);
        boolean hasNext = rows.size() > size;
        return new CoursePage(hasNext ? rows.subList(0, size) : rows, Math.max(page, 0), hasNext);
    }

    /** DOMAIN §7: the caseworker's courses with what is due, overdue first. One query. */
    public List<CourseQueries.CourseRow> myCourses() {
        CurrentUser user = currentUsers.require();
        List<CourseQueries.CourseRow> rows = queries.mine(user.id(), schedule, today());
        audit.record("COURSE_LIST_VIEWED", SUBJECT, null, "start page: my courses=" + rows.size());
        return rows;
    }

    /** DOMAIN §7: the coordinator's overview of the area's courses by state and those without a match. One query. */
    public CourseQueries.AreaCounts areaCounts() {
        return queries.countsByState(currentUsers.require().areaId());
    }

    /** DOMAIN §7: overdue reviews and kick-offs in the coordinator's area. One query. */
    public List<CourseQueries.CourseRow> areaOverdue() {
        List<CourseQueries.CourseRow> rows = queries.overdueInArea(currentUsers.require().areaId(), schedule, today());
        audit.record("COURSE_LIST_VIEWED", SUBJECT, null, "start page: overdue in area=" + rows.size());
        return rows;
    }

    /** How many of the area's courses are overdue or await confirmation in all (the panel shows the first ones). */
    public int areaOverdueCount() {
        return queries.countOverdueInArea(currentUsers.require().areaId(), schedule, today());
    }

    // ================================================================ preparation

    /** The clients of the user's area who can get a course prepared (no open course). */
    public List<CourseQueries.Person> preparableClients() {
        List<CourseQueries.Person> list = queries.clientsWithoutOpenCourse(currentUsers.require().areaId());
        audit.record("CLIENT_LIST_VIEWED", ClientService.SUBJECT, null, "forbered forløb: " + list.size());
        return list;
    }

    /**
     * Prepares a course for an eligible client (E1-E5, E7 at the planned start) in the user's area (C1).
     * A client has at most one open course.
     */
    public long prepare(long clientId, LocalDate plannedStart) {
        CurrentUser user = currentUsers.require();
        Client client = clients.requireVisible(clientId);
        List<RuleViolation> violations = new ArrayList<>();
        if (!Objects.equals(client.areaId(), user.areaId())) {
            violations.add(RuleViolation.general(Rule.C1, "course.C1.otherArea"));
        }
        if (queries.openCourseOf(clientId).isPresent()) {
            violations.add(RuleViolation.general(Rule.C1, "course.prepare.alreadyOpen"));
        }
        if (plannedStart == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "plannedStart", "course.plannedStart.required"));
        } else if (plannedStart.isBefore(today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "plannedStart", "course.plannedStart.past"));
        } else {
            violations.addAll(eligibilityViolations(clients.eligibilityOn(client, plannedStart), "plannedStart"));
        }
        Refusal.throwIfAny(violations);
        MentorCourse course = courses.saveAndFlush(MentorCourse.prepare(clientId, client.areaId(), plannedStart,
                Actor.of(user), Instant.now(clock)));
        audit.record("COURSE_PREPARED", SUBJECT, course.getId(), "client=" + clientId + " start=" + plannedStart);
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
                        dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(result.date())))
                .collect(Collectors.toList());
    }

    /** C3 (§11): the client's proposal of a mentor, or that none was made. */
    public void recordProposal(long id, long version, ProposalKind kind, String text) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        course.recordProposal(kind, text, null, today(), Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_PROPOSAL_RECORDED", SUBJECT, id, "proposal=" + kind);
    }

    /**
     * C4, C6: saves the action plan. Before establishment the draft is changed in place; afterwards a
     * changed plan becomes a new version (C8). CI1: a stale plan version is refused.
     */
    public int savePlan(long id, Long planVersion, PlanContent content) {
        MentorCourse course = requireDeciding(id);
        if (course.isEnded()) {
            throw Refusal.general(Rule.C12, "course.alreadyEnded");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (content.needDescription().isBlank()) {
            violations.add(RuleViolation.onField(Rule.C4, "needDescription", "course.plan.needRequired"));
        }
        if (content.goals().isEmpty()) {
            violations.add(RuleViolation.onField(Rule.C4, "goals[0].description", "course.plan.goalRequired"));
        }
        Refusal.throwIfAny(violations);
        Actor by = Actor.of(currentUsers.require());
        int number = plans.save(id, planVersion, content, course.isPreparing(), by.userId(), by.name());
        audit.record("ACTION_PLAN_SAVED", SUBJECT, id, "version=" + number);
        return number;
    }

    // ================================================================ matching and establishment

    /** The explainable matching list for the course's client (DOMAIN §9), with the hours a week planned. */
    public Matching.Result candidates(long id, BigDecimal hours) {
        MentorCourse course = requireDeciding(id);
        if (!course.isPreparing()) {
            throw Refusal.general(Rule.C1, "course.alreadyDecided");
        }
        return matching.match(clientFacts(course.getClientId()), hours);
    }

    /** Records the chosen mentor (a hard rule can never be overridden; a soft one with a reason). */
    public void chooseMentor(long id, long version, long mentorId, BigDecimal hours, String overrideReason) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.general(Rule.M10, "course.hours.positive");
        }
        if (!course.isPreparing()) {
            throw Refusal.general(Rule.C1, "course.alreadyDecided");
        }
        matching.choose(clientFacts(course.getClientId()), mentorId, hours, overrideReason);
        course.chooseMentor(mentorId, hours, Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_MENTOR_CHOSEN", SUBJECT, id, "mentor=" + mentorId + " hours=" + hours);
    }

    /** The input of the establishment decision; without a mentor id, the mentor chosen while preparing. */
    public record EstablishInput(Long mentorId, BigDecimal agreedHours, Long responsibleUserId, LocalDate startDate,
                                 Boolean continuesAfterRelease, String noContinuationReason) {
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
    public void establish(long id, long version, EstablishInput input) {
        CurrentUser user = currentUsers.require();
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (!course.isPreparing()) {
            throw Refusal.general(Rule.C1, "course.alreadyDecided");
        }
        if (input.mentorId() == null && course.getMentorId() != null) {
            input = new EstablishInput(course.getMentorId(), input.agreedHours(), input.responsibleUserId(),
                    input.startDate(), input.continuesAfterRelease(), input.noContinuationReason());
        }
        // C2 first: when the client is (or will be) supervised in another area, only that area may decide,
        // and this area may no longer even open the client record.
        CourseQueries.ClientSummary summary = queries.client(course.getClientId()).orElseThrow();
        if (!Objects.equals(summary.areaId(), course.areaId())) {
            throw new Refusal(List.of(RuleViolation.general(Rule.C2, "course.C2.handoverRequired",
                    referenceData.areaName(summary.areaId()))));
        }
        List<RuleViolation> violations = new ArrayList<>();
        Client client = clients.requireVisible(course.getClientId());
        LocalDate start = input.startDate();
        if (start == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "startDate", "course.startDate.required"));
        } else if (start.isBefore(today())) {
            violations.add(RuleViolation.onField(Check.INPUT, "startDate", "course.startDate.past"));
        } else {
            violations.addAll(eligibilityViolations(clients.eligibilityOn(client, start), "startDate"));
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
        MentorCourse.Establishment decision = new MentorCourse.Establishment(
                input.mentorId() == null ? 0 : input.mentorId(), input.agreedHours(),
                input.responsibleUserId() == null ? 0 : input.responsibleUserId(), responsibleName, start,
                input.continuesAfterRelease(), input.noContinuationReason());
        violations.addAll(course.checkEstablishment(decision, inmate, describesNeed, dividesTasks));
        if (input.mentorId() == null) {
            violations.add(RuleViolation.general(Rule.C1, "course.establish.noMentor"));
        } else if (start != null && input.agreedHours() != null && input.agreedHours().signum() > 0) {
            if (!queries.lockMentor(input.mentorId())) {
                violations.add(RuleViolation.general(Rule.C1, "course.establish.noMentor"));
            } else {
                AppointmentAssessment assessment = registry.assess(input.mentorId(), clientFacts(client), start,
                        input.agreedHours());
                violations.addAll(mentorViolations(assessment, null));
            }
        }
        Refusal.throwIfAny(violations);
        course.establish(decision, inmate, describesNeed, dividesTasks, Actor.of(user), Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_ESTABLISHED", SUBJECT, id, "mentor=" + input.mentorId() + " hours=" + input.agreedHours()
                + " start=" + start + " responsible=" + input.responsibleUserId());
    }

    /**
     * M1-M10 and the registry's conditions with the registry's own texts (they name the paragraph). The
     * vetting outcomes are always shown redacted on course pages (AZ3: record details only in the registry).
     */
    static List<RuleViolation> mentorViolations(AppointmentAssessment assessment, String field) {
        List<RuleViolation> violations = new ArrayList<>();
        for (RuleOutcome outcome : assessment.redacted().failures()) {
            violations.add(outcome.asViolation(field));
        }
        return violations;
    }

    /** M10 (§15): a change of the agreed hours is re-checked against the ceiling (CI2: mentor row locked). */
    public void changeHours(long id, long version, BigDecimal hours) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (hours == null || hours.signum() <= 0) {
            throw Refusal.onField(Rule.M10, "agreedHours", "course.hours.positive");
        }
        if (course.isActive() && course.getMentorId() != null) {
            queries.lockMentor(course.getMentorId());
            BigDecimal extra = hours.subtract(course.getAgreedHours() == null ? BigDecimal.ZERO : course.getAgreedHours());
            if (extra.signum() > 0) {
                AppointmentAssessment assessment = registry.assess(course.getMentorId(),
                        clientFacts(course.getClientId()), today(), extra);
                assessment.outcome(Rule.M10).filter(o -> !o.met()).ifPresent(o -> {
                    throw Refusal.onField(Rule.M10, "agreedHours", o.messageKey(), o.arguments());
                });
            }
        }
        BigDecimal before = course.getAgreedHours();
        course.changeHours(hours, Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_HOURS_CHANGED", SUBJECT, id, before + " -> " + hours);
    }

    /** C7 (§13 stk. 2): the area appoints another responsible person. */
    public void appointResponsible(long id, long version, long userId) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        CourseQueries.Person person = queries.responsibleCandidate(userId, course.areaId()).orElseThrow(
                () -> Refusal.onField(Rule.C7, "responsibleUserId", "course.establish.responsibleNotInArea"));
        course.appointResponsible(person.id(), person.name(), Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_RESPONSIBLE_APPOINTED", SUBJECT, id, "user=" + userId);
    }

    // ================================================================ hand-over (C2)

    /**
     * C2 (§10): the area that prepared the course hands it over to the competent area (where the client
     * is or will be supervised), which takes the decisions from then on. Both areas keep seeing it.
     */
    public void handOver(long id, String note) {
        MentorCourse course = requireDeciding(id);
        CourseQueries.ClientSummary client = queries.client(course.getClientId()).orElseThrow();
        if (Objects.equals(client.areaId(), course.areaId())) {
            throw Refusal.general(Rule.C2, "course.handover.sameArea");
        }
        Long from = course.areaId();
        CourseHandover handover = course.handOver(client.areaId(), note, Actor.of(currentUsers.require()),
                Instant.now(clock));
        courses.saveAndFlush(course);
        handovers.save(handover);
        audit.record("COURSE_HANDED_OVER", SUBJECT, id, "area " + from + " -> " + client.areaId());
    }

    // ================================================================ meetings (C5, C8)

    /** C5 (§12): the kick-off meeting of an active course: date, participants and the agreed guidelines. */
    public void recordKickOff(long id, Meetings.Held held) {
        MentorCourse course = requireActive(id, Rule.C5);
        Actor by = Actor.of(currentUsers.require());
        Meeting meeting = meetings.recordKickOff(id, course.getStartDate(), held, schedule, by.userId(), by.name());
        course.touch(Instant.now(clock));
        audit.record("MEETING_RECORDED", SUBJECT, id, "kick-off " + meeting.getHeldOn());
    }

    /**
     * C8 (§13 stk. 3-4): a quarterly review; when the plan was revised in it, a new action-plan version
     * is made in the same transaction (the old one stays). CI1: a stale plan is refused and nothing is saved.
     */
    public Optional<Integer> recordReview(long id, Meetings.Held held, Long planVersion, PlanContent revised) {
        MentorCourse course = requireActive(id, Rule.C8);
        Actor by = Actor.of(currentUsers.require());
        meetings.checkReview(id, held.heldOn(), schedule);
        Integer newNumber = null;
        if (revised != null) {
            int before = plans.find(id).map(p -> p.plan().getCurrentNumber()).orElse(0);
            int number = plans.save(id, planVersion, revised, false, by.userId(), by.name());
            if (number != before) {
                newNumber = number;
            }
        }
        Meeting meeting = meetings.recordReview(id, held, newNumber, schedule, by.userId(), by.name());
        course.touch(Instant.now(clock));
        audit.record("MEETING_RECORDED", SUBJECT, id, "review " + meeting.getHeldOn()
                + (newNumber == null ? "" : ", action plan version " + newNumber));
        return Optional.ofNullable(newNumber);
    }

    // ================================================================ fee and grants (C9-C11)

    /** C9 (§14 stk. 1-2): the area sets the monthly fee from a date, with its basis; the history stays. */
    public void setFee(long id, BigDecimal monthlyAmount, LocalDate validFrom, String basis) {
        MentorCourse course = requireDeciding(id);
        Refusal.throwIfAny(CourseRules.checkFee(course, monthlyAmount, validFrom, basis));
        fees.save(new CourseFee(id, monthlyAmount, validFrom, basis.strip(), Actor.of(currentUsers.require()),
                Instant.now(clock)));
        course.touch(Instant.now(clock));
        audit.record("COURSE_FEE_SET", SUBJECT, id, "amount=" + monthlyAmount + " from=" + validFrom);
    }

    /** C10 (§14 stk. 3), C11 (§16): an activity grant, never transport, telephone or postage; within the yearly ceiling. */
    public void grant(long id, ExpenseType type, String purpose, BigDecimal amount) {
        MentorCourse course = requireDeciding(id);
        LocalDate today = today();
        LocalDate yearStart = today.withDayOfYear(1);
        BigDecimal granted = grants.sumBetween(id, yearStart, yearStart.plusYears(1).minusDays(1));
        Refusal.throwIfAny(CourseRules.checkGrant(course, type, purpose, amount, granted,
                properties.grantYearlyCeiling()));
        grants.save(new ActivityGrant(id, today, purpose.strip(), amount, Actor.of(currentUsers.require()),
                Instant.now(clock)));
        course.touch(Instant.now(clock));
        courses.saveAndFlush(course); // CI2-like: parallel grants on one course conflict on the version
        audit.record("COURSE_GRANT_GIVEN", SUBJECT, id, "amount=" + amount);
    }

    // ================================================================ ending and continuation (C12, C13)

    /** C12 (§19): ends the course with reason, date, who, and the outcome of each goal of the current plan. */
    public void end(long id, long version, MentorCourse.Ending ending) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        if (course.isEnded()) {
            throw Refusal.general(Rule.C12, "course.alreadyEnded");
        }
        List<Goal> goals = plans.find(id).map(p -> p.current().getGoals()).orElse(List.of());
        List<CourseGoalOutcome> outcomes = new ArrayList<>();
        for (Goal goal : goals) {
            ending.outcomes().stream().filter(o -> o.getPosition() == goal.getPosition()).findFirst()
                    .ifPresent(o -> outcomes.add(new CourseGoalOutcome(goal.getPosition(), goal.getNeedArea(),
                            goal.getDescription(), o.getOutcome())));
        }
        MentorCourse.Ending complete = new MentorCourse.Ending(ending.reason(), ending.endedOn(), ending.note(), outcomes);
        Refusal.throwIfAny(course.checkEnd(complete, goals.stream().map(Goal::getPosition).toList(), today()));
        course.end(complete, goals.stream().map(Goal::getPosition).toList(), Actor.of(currentUsers.require()), today(),
                Instant.now(clock));
        courses.saveAndFlush(course);
        audit.record("COURSE_ENDED", SUBJECT, id, "reason=" + ending.reason() + " on=" + ending.endedOn());
    }

    /**
     * C13: after release (E6) or the end of supervision (E8) the caseworker confirms that the course
     * continues. E6: the released client is under supervision or voluntary supervision (§3 stk. 2, §4);
     * E8: the client accepted voluntary supervision and E1-E3 still hold (§4 stk. 2). Otherwise the
     * course must be ended (C12).
     */
    public void confirmContinuation(long id, long version, String note) {
        MentorCourse course = requireDeciding(id);
        StaleEditException.requireVersion(version, course.getVersion(), "course " + id);
        ContinuationKind kind = course.getContinuationToConfirm();
        if (kind == null || !course.isActive()) {
            throw Refusal.general(Rule.C13, "course.continuation.nothingToConfirm");
        }
        if (note == null || note.isBlank()) {
            throw Refusal.onField(kind.rule(), "note", "course.continuation.noteRequired");
        }
        Client client = clients.requireVisible(course.getClientId());
        CustodyStatus status = client.getCustodyStatus();
        if (kind == ContinuationKind.RELEASE && status != CustodyStatus.UNDER_SUPERVISION
                && status != CustodyStatus.VOLUNTARY_SUPERVISION) {
            throw Refusal.general(Rule.E6, "course.continuation.E6.noSupervision");
        }
        if (kind == ContinuationKind.SUPERVISION_ENDED) {
            EligibilityResult eligibility = clients.eligibilityOn(client, today());
            boolean personal = eligibility.outcome(Rule.E1).met() && eligibility.outcome(Rule.E2).met()
                    && eligibility.outcome(Rule.E3).met();
            if (status != CustodyStatus.VOLUNTARY_SUPERVISION || !personal) {
                throw Refusal.general(Rule.E8, "course.continuation.E8.notMet");
            }
        }
        course.confirmContinuation(Instant.now(clock));
        courses.saveAndFlush(course);
        continuations.save(new CourseContinuation(id, kind, today(), note.strip(), Actor.of(currentUsers.require()),
                Instant.now(clock)));
        audit.record("COURSE_CONTINUATION_CONFIRMED", SUBJECT, id, kind + " (" + kind.rule().id() + ")");
    }

    /**
     * C13: called in the transaction that records the client's new status. Active courses are flagged
     * for confirmation, never ended. Returns how many were flagged.
     */
    int flagContinuation(long clientId, ContinuationKind kind, LocalDate on) {
        int flagged = 0;
        for (MentorCourse course : courses.findByClientIdAndState(clientId, CourseState.ACTIVE)) {
            if (course.flagContinuation(kind, on, Instant.now(clock))) {
                audit.record("COURSE_CONTINUATION_TO_CONFIRM", SUBJECT, course.getId(), kind + " (" + kind.rule().id() + ")");
                flagged++;
            }
        }
        return flagged;
    }

    // ================================================================ access

    /** AZ2 and C2: visible to the course's area, to the areas it was handed over from, and to the directorate. */
    MentorCourse loadVisible(long id) {
        MentorCourse course = courses.findById(id).orElseThrow(() -> new NotFoundException("course " + id));
        if (access.canSee(course.areaId())) {
            return course;
        }
        Long userArea = currentUsers.current().map(CurrentUser::areaId).orElse(null);
        if (userArea != null && queries.handedOverFrom(id, userArea)) {
            return course;
        }
        return access.requireVisible(course, SUBJECT, id);
    }

    /** C1 (§7 stk. 1): decisions only by users of the course's current area. */
    MentorCourse requireDeciding(long id) {
        MentorCourse course = loadVisible(id);
        if (!canDecide(course)) {
            throw Refusal.general(Rule.C1, "course.C1.otherArea");
        }
        return course;
    }

    private boolean canDecide(MentorCourse course) {
        return currentUsers.current().map(u -> u.areaId() != null && u.areaId().equals(course.areaId())).orElse(false);
    }

    private MentorCourse requireActive(long id, Rule rule) {
        MentorCourse course = requireDeciding(id);
        if (!course.isActive()) {
            throw Refusal.general(rule, "course.meeting.notActive");
        }
        return course;
    }

    // ================================================================ facts for the registry

    /** What the registry needs about the client (M5 units, need areas, language), through its port. */
    private ClientFacts clientFacts(long clientId) {
        return clientDirectory.findVisible(clientId).orElseThrow(() -> new NotFoundException("client " + clientId));
    }

    private ClientFacts clientFacts(Client client) {
        return clientFacts(client.getId());
    }
}
