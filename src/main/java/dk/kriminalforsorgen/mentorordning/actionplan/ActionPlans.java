package dk.kriminalforsorgen.mentorordning.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * Reads and writes action plans by course id. Runs in the caller's transaction: the course feature
 * has already checked the area (C1, AZ2) and writes the audit row in the same transaction (AU1).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActionPlans {

    private final ActionPlanRepository plans;
    private final ActionPlanVersionRepository versions;
    private final Clock clock;

    /** A plan with its current version and the numbers of all versions, newest first. */
    public record PlanView(ActionPlan plan, ActionPlanVersion current, List<Integer> numbers) {
    }

    public Optional<PlanView> find(long courseId) {
        // Issue 10: the mentor's course page shows the goals and the task division; read the plan once per page.
        return PageTransaction.Current.remembered(List.of("actionPlanView", courseId), () -> read(courseId));
    }

    private Optional<PlanView> read(long courseId) {
        return plans.findByCourseId(courseId).map(plan -> {
            List<ActionPlanVersion> all = versions.findByPlanIdOrderByNumberDesc(plan.getId());
            ActionPlanVersion current = all.stream().filter(v -> v.getNumber() == plan.getCurrentNumber()).findFirst()
                    .orElseThrow();
            return new PlanView(plan, current, all.stream().map(ActionPlanVersion::getNumber).toList());
        });
    }

    public ActionPlanVersion version(long courseId, int number) {
        ActionPlan plan = plans.findByCourseId(courseId).orElseThrow(() -> new NotFoundException("plan " + courseId));
        return versions.findByPlanIdAndNumber(plan.getId(), number)
                .orElseThrow(() -> new NotFoundException("plan version " + number));
    }

    /**
     * Saves the plan of a course. {@code draft}: before establishment the current version is changed
     * in place; afterwards a changed plan becomes a new version and the old one stays (C8). An
     * unchanged plan makes no new version. CI1: refused when the plan changed since {@code expectedVersion}
     * was read (null: the form was opened when there was no plan yet).
     *
     * @return the number of the current version after the save
     */
    public int save(long courseId, Long expectedVersion, PlanContent content, boolean draft, Long byId, String byName) {
        Instant now = Instant.now(clock);
        Optional<ActionPlan> existing = plans.findByCourseId(courseId);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleEditException("action plan of course " + courseId);
            }
            PlanContent first = content.carrying(MunicipalCooperation.none());
            Refusal.throwIfAny(first.municipal().violations(LocalDate.now(clock)));
            ActionPlan plan = plans.saveAndFlush(new ActionPlan(courseId, now));
            versions.save(new ActionPlanVersion(plan.getId(), 1, first, byId, byName, now));
            return 1;
        }
        ActionPlan plan = existing.get();
        if (expectedVersion == null) {
            throw new StaleEditException("action plan of course " + courseId);
        }
        StaleEditException.requireVersion(expectedVersion, plan.getVersion(), "action plan of course " + courseId);
        ActionPlanVersion current = versions.findByPlanIdAndNumber(plan.getId(), plan.getCurrentNumber()).orElseThrow();
        // Issue 17: a content that says nothing about the municipality carries the current cooperation over.
        content = content.carrying(current.getMunicipal());
        if (!content.municipal().equals(current.getMunicipal())) {
            Refusal.throwIfAny(content.municipal().violations(LocalDate.now(clock)));
        }
        if (current.content().sameAs(content)) {
            return plan.getCurrentNumber();
        }
        if (draft) {
            current.apply(content);
            plan.touch(now);
            return plan.getCurrentNumber();
        }
        int number = plan.nextNumber(now);
        versions.save(new ActionPlanVersion(plan.getId(), number, content, byId, byName, now));
        return number;
    }

    /**
     * Issue 17: the municipal contact person of the course's current plan as a possible meeting participant,
     * only while the client's consent to sharing stands in that version. For the meeting feature: the caller has
     * checked the course's area (AZ2) and runs the transaction, as for every method here.
     */
    public Optional<MunicipalContact> municipalContact(long courseId) {
        return find(courseId).map(p -> p.current().getMunicipal())
                .filter(m -> m.consentGiven() && m.getContactName() != null)
                .map(m -> new MunicipalContact(m.getContactName(), m.getContactEmail(), m.getContactPhone(),
                        m.getMunicipalityCode()));
    }
}
