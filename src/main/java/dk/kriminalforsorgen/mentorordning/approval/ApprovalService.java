package dk.kriminalforsorgen.mentorordning.approval;

import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.mentor.DirectorateApprovals;
import dk.kriminalforsorgen.mentorordning.mentor.Mentor;
import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry;
import dk.kriminalforsorgen.mentorordning.mentor.RecordAccess;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryProperties;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.AreaScoped;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.ClockConfiguration;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * M8 (§7 stk. 2): the area flags a registered candidate it still finds suitable, with a written
 * justification; the directorate approves or rejects with a reason; the area sees the decision.
 * The whole flow is AZ3 material: only the vetting area's coordinators and the directorate see it.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApprovalService implements DirectorateApprovals {

    public static final String SUBJECT = "APPROVAL_CASE";

    private final ApprovalCaseRepository cases;
    private final MentorRegistry registry;
    private final RecordAccess recordAccess;
    private final RegistryProperties properties;
    private final ReferenceData referenceData;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessChecker access;

    /** The coordinator sends a registered candidate to the directorate (M8). */
    @Override
    public void flag(long mentorId, long mentorVersion, String justification) {
        CurrentUser user = currentUsers.require();
        Mentor mentor = registry.changeable(mentorId, mentorVersion);
        Instant now = Instant.now(clock);
        mentor.flagForDirectorate(justification, user.getUsername(), now, LocalDate.now(clock), properties);
        ApprovalCase approvalCase = cases.saveAndFlush(new ApprovalCase(mentorId, user.areaId(), justification.strip(),
                user.getUsername(), now));
        audit.record("MENTOR_FLAGGED_FOR_DIRECTORATE", SUBJECT, approvalCase.getId(), "mentor=" + mentorId);
    }

    public record QueueItem(long caseId, long mentorId, String mentorName, String areaName, Instant flaggedAt,
                            String flaggedBy, long daysWaiting) {
    }

    /** One page of the directorate's queue, with the number of open cases (issue 10: never the whole queue). */
    public record QueuePage(List<QueueItem> items, int page, boolean hasNext, int open) {
    }

    public static final int QUEUE_PAGE_SIZE = 25;

    /** The directorate's queue, oldest first, a page at a time, with how long each case has waited. */
    public QueuePage queue(int page) {
        LocalDate today = LocalDate.now(clock);
        int safePage = Math.max(0, Math.min(page, 10_000));
        List<QueueItem> items = jdbc.query("""
                select c.id, c.mentor_id, m.first_name || ' ' || m.last_name, c.area_id, c.flagged_at, c.flagged_by
                from approval_case c join mentor_card m on m.id = c.mentor_id
                where c.decision is null
                order by c.flagged_at, c.id
                limit ? offset ?
                """, (rs, i) -> {
            Instant flagged = rs.getTimestamp(5).toInstant();
            return new QueueItem(rs.getLong(1), rs.getLong(2), rs.getString(3), referenceData.areaName(rs.getLong(4)), flagged,
                    rs.getString(6), ChronoUnit.DAYS.between(flagged.atZone(ClockConfiguration.DANISH_TIME).toLocalDate(), today));
        }, QUEUE_PAGE_SIZE + 1, (long) safePage * QUEUE_PAGE_SIZE);
        boolean hasNext = items.size() > QUEUE_PAGE_SIZE;
        QueuePage result = new QueuePage(hasNext ? items.subList(0, QUEUE_PAGE_SIZE) : items, safePage, hasNext,
                stats().open());
        audit.record("APPROVAL_QUEUE_VIEWED", SUBJECT, null, "page=" + safePage + " rows=" + result.items().size());
        return result;
    }

    public record Stats(int open, Long oldestDaysWaiting) {
    }

    /** For the directorate's start page: queue size and the oldest case's waiting time. */
    @Transactional(readOnly = true)
    public Stats stats() {
        return jdbc.query("select count(*), min(flagged_at) from approval_case where decision is null", rs -> {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            Long days = oldest == null ? null : ChronoUnit.DAYS.between(
                    oldest.toInstant().atZone(ClockConfiguration.DANISH_TIME).toLocalDate(), LocalDate.now(clock));
            return new Stats(rs.getInt(1), days);
        });
    }

    public record CaseView(ApprovalCase approvalCase, Mentor mentor, String areaName, long daysWaiting) {
    }

    /** One case for the directorate, with the mentor and the vetting details. Audited. */
    public CaseView open(long caseId) {
        ApprovalCase approvalCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        Mentor mentor = registry.forDirectorateDecision(approvalCase.getMentorId());
        audit.record("APPROVAL_CASE_VIEWED", SUBJECT, caseId, "mentor=" + mentor.getId());
        Instant end = approvalCase.isDecided() ? approvalCase.getDecidedAt() : Instant.now(clock);
        return new CaseView(approvalCase, mentor, referenceData.areaName(approvalCase.getAreaId()),
                Duration.between(approvalCase.getFlaggedAt(), end).toDays());
    }

    /**
     * Issue 12: a decided case for its PDF letter, for the directorate and the flagging area's coordinators
     * (AZ3; another area's case is a 404, audited as such). An undecided case has no letter (404).
     * The download is audited in this transaction (AU1).
     */
    public CaseView decisionDocument(long caseId) {
        ApprovalCase approvalCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        AreaScoped scoped = approvalCase::getAreaId;
        access.requireVisible(scoped, SUBJECT, caseId);
        if (!approvalCase.isDecided()) {
            throw new NotFoundException("case " + caseId + " is not decided");
        }
        Mentor mentor = registry.forDirectorateDecision(approvalCase.getMentorId());
        audit.record("DOCUMENT_DOWNLOADED", SUBJECT, caseId, "dokument=godkendelsesafgoerelse, mentor=" + mentor.getId());
        return new CaseView(approvalCase, mentor, referenceData.areaName(approvalCase.getAreaId()),
                Duration.between(approvalCase.getFlaggedAt(), approvalCase.getDecidedAt()).toDays());
    }

    /**
     * The decision as it would be recorded, for the "check your answers" page before {@link #decide}: the
     * same checks, nothing saved. Refused like the decision would be (already decided or changed since the
     * form was opened, no decision, no reason); when allowed, the case as {@link #open} shows it.
     */
    public CaseView review(long caseId, long caseVersion, ApprovalDecision decision, String reason) {
        ApprovalCase approvalCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        if (approvalCase.isDecided() || approvalCase.getVersion() != caseVersion) {
            throw Refusal.general(Rule.M8, "approval.alreadyDecided");
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (decision == null) {
            violations.add(RuleViolation.onField(Check.INPUT, "decision", "approval.decisionRequired"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(RuleViolation.onField(Rule.M8, "reason", "approval.reasonRequired"));
        }
        Refusal.throwIfAny(violations);
        return open(caseId);
    }

    /**
     * The directorate's decision (M8). A case that another user has just decided, or changed since the
     * form was opened, is refused with {@code approval.alreadyDecided} and nothing is changed.
     */
    public void decide(long caseId, long caseVersion, ApprovalDecision decision, String reason) {
        ApprovalCase approvalCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        if (approvalCase.isDecided() || approvalCase.getVersion() != caseVersion) {
            throw Refusal.general(Rule.M8, "approval.alreadyDecided");
        }
        if (decision == null) {
            throw Refusal.onField(Check.INPUT, "decision", "approval.decisionRequired");
        }
        String by = currentUsers.require().getUsername();
        Instant now = Instant.now(clock);
        approvalCase.decide(decision, reason, by, now);
        Mentor mentor = registry.forDirectorateDecision(approvalCase.getMentorId());
        mentor.directorateDecision(decision == ApprovalDecision.APPROVED, reason, by, now);
        cases.saveAndFlush(approvalCase);
        audit.record("APPROVAL_DECIDED", SUBJECT, caseId, decision + " mentor=" + mentor.getId());
        events.publishEvent(new MentorApprovalDecided(caseId, mentor.getId(), mentor.getHomeAreaId(),
                decision == ApprovalDecision.APPROVED));
    }

    /** The cases of a mentor, for users who may see the vetting details (AZ3); empty for everyone else. */
    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> casesOf(Mentor mentor) {
        if (!recordAccess.canSeeDetails(mentor)) {
            return List.of();
        }
        return cases.findByMentorIdOrderByFlaggedAtDesc(mentor.getId()).stream()
                .map(c -> new CaseSummary(c.getId(), c.getJustification(), c.getFlaggedAt(), c.getFlaggedBy(),
                        c.getDecision() == null ? "approval.decision.PENDING" : c.getDecision().messageKey(),
                        c.getDecision() == ApprovalDecision.APPROVED, c.getDecisionReason(), c.getDecidedAt(),
                        c.getDecidedBy()))
                .toList();
    }

    public record AreaDecision(long caseId, long mentorId, String mentorName, ApprovalDecision decision,
                               Instant decidedAt) {
    }

    /** The directorate's recent decisions on the area's cases, and cases still waiting, for the coordinator. */
    public List<AreaDecision> recentForArea(long areaId, int days) {
        Instant since = Instant.now(clock).minus(Duration.ofDays(days));
        List<AreaDecision> rows = jdbc.query("""
                select c.id, c.mentor_id, m.first_name || ' ' || m.last_name, c.decision, c.decided_at
                from approval_case c join mentor m on m.id = c.mentor_id
                where c.area_id = ? and (c.decision is null or c.decided_at >= ?)
                order by c.decided_at desc nulls first, c.flagged_at desc
                limit 10
                """, (rs, i) -> new AreaDecision(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4) == null ? null : ApprovalDecision.valueOf(rs.getString(4)),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), areaId, Timestamp.from(since));
        audit.record("APPROVAL_AREA_OVERVIEW", SUBJECT, null, "area=" + areaId + " rows=" + rows.size());
        return rows;
    }
}
