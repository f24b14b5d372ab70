package dk.kriminalforsorgen.mentorordning.insight;

import static dk.kriminalforsorgen.mentorordning.insight.ComplianceStatus.DUE;
import static dk.kriminalforsorgen.mentorordning.insight.ComplianceStatus.MET;
import static dk.kriminalforsorgen.mentorordning.insight.ComplianceStatus.NOT_APPLICABLE;
import static dk.kriminalforsorgen.mentorordning.insight.ComplianceStatus.OVERDUE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.insight.CourseFacts.MeetingFact;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * The compliance panel of one open course as a pure function of its facts and the day: for E1-E9,
 * C4-C8 and S1-S3 whether the rule is met, due, overdue or not applicable. The dates follow the
 * domain's own definitions: C5 kick-off due {@code kickOffWithin} after the start and C8 the next
 * review {@code reviewInterval} after the latest meeting (meeting.MeetingSchedule, overdue the day
 * after); S1 a month is overdue {@code graceDays} after it ends and S3 the quarterly report with the
 * next review (statusreport.internal.ReportDuty); E5 the earliest start three months before release (§3 stk. 1).
 * {@code ComplianceRulesTest} checks the dates against those classes.
 */
@RequiredArgsConstructor
public final class ComplianceRules {

    static final List<Rule> RULES = List.of(Rule.E1, Rule.E2, Rule.E3, Rule.E4, Rule.E5, Rule.E6, Rule.E7, Rule.E8,
            Rule.E9, Rule.C4, Rule.C5, Rule.C6, Rule.C7, Rule.C8, Rule.S1, Rule.S2, Rule.S3);

    private static final Set<String> ELIGIBLE_RISK = Set.of("MEDIUM", "HIGH", "VERY_HIGH");

    private final InsightSettings settings;

    public List<ComplianceItem> evaluate(CourseFacts c, LocalDate today) {
        String course = "/forloeb/" + c.courseId();
        String client = "/klienter/" + c.clientId();
        List<ComplianceItem> items = new ArrayList<>();
        items.add(e1(c, today, client));
        items.add(c.hasSpecialNeed() ? item(Rule.E2, MET, null, "met", client) : item(Rule.E2, OVERDUE, null, "noNeed", client + "/behov"));
        items.add(Boolean.TRUE.equals(c.motivated()) ? item(Rule.E3, MET, null, "met", client)
                : item(Rule.E3, OVERDUE, null, "notMotivated", client + "/behov"));
        items.add(e4(c, client));
        items.add(e5(c, course));
        items.add(e6(c, course));
        items.add(switch (String.valueOf(c.custodyStatus())) {
            case "VOLUNTARY_SUPERVISION" -> item(Rule.E7, MET, null, "met", client);
            case "RELEASED_NO_SUPERVISION" -> item(Rule.E7, OVERDUE, null, "noVoluntarySupervision", client + "/status");
            default -> item(Rule.E7, NOT_APPLICABLE, null, "na", null);
        });
        items.add("SUPERVISION_ENDED".equals(c.continuationToConfirm())
                ? item(Rule.E8, DUE, c.continuationRaisedOn(), "confirmContinuation", course)
                : item(Rule.E8, NOT_APPLICABLE, null, "na", null));
        items.add(c.lastOfferDate() != null ? item(Rule.E9, MET, c.lastOfferDate(), "offered", client)
                : item(Rule.E9, c.offerDue() ? OVERDUE : DUE, null, "noOffer", client + "/tilbud"));
        items.add(planRule(Rule.C4, c.planHasNeed(), c, course + "/handleplan"));
        items.add(c5(c, today, course));
        items.add(planRule(Rule.C6, c.taskGroups() > 0, c, course + "/handleplan"));
        items.add(c.responsibleUserId() != null && c.responsibleCanSignIn() ? item(Rule.C7, MET, null, "met", course)
                : item(Rule.C7, c.active() ? OVERDUE : DUE, null, "noResponsible", course));
        items.add(c8(c, today, course));
        items.add(s1(c, today, course + "/rapporter"));
        items.add(c.reports().stream().anyMatch(CourseFacts.ReportFact::fulfils)
                ? item(Rule.S2, MET, null, "template", course + "/rapporter")
                : item(Rule.S2, NOT_APPLICABLE, null, "na", null));
        items.add(s3(c, today, course + "/rapporter"));
        return items;
    }

    private ComplianceItem e1(CourseFacts c, LocalDate today, String client) {
        if (c.riskLevel() == null || !ELIGIBLE_RISK.contains(c.riskLevel())) {
            return item(Rule.E1, OVERDUE, null, "riskNotEligible", client + "/vurdering");
        }
        LocalDate reassess = c.assessmentDate() == null ? null : c.assessmentDate().plus(settings.client().assessmentMaxAge());
        if (reassess != null && reassess.isBefore(today)) {
            return item(Rule.E1, DUE, reassess, "assessmentOld", client + "/vurdering");
        }
        return item(Rule.E1, MET, reassess, "met", client);
    }

    private static ComplianceItem e4(CourseFacts c, String client) {
        return switch (String.valueOf(c.custodyStatus())) {
            case "UNDER_SUPERVISION", "VOLUNTARY_SUPERVISION" -> item(Rule.E4, MET, null, "supervised", client);
            case "INMATE" -> item(Rule.E4, MET, null, "inmateReleasePreparation", client);
            default -> item(Rule.E4, OVERDUE, null, "notSupervised", client + "/status");
        };
    }

    /** E5 (§3 stk. 1): the start no earlier than three months before the expected release. */
    private static ComplianceItem e5(CourseFacts c, String course) {
        if (!"INMATE".equals(c.custodyStatus()) || c.expectedReleaseDate() == null) {
            return item(Rule.E5, NOT_APPLICABLE, null, "na", null);
        }
        LocalDate earliest = c.expectedReleaseDate().minusMonths(3);
        LocalDate start = c.startDate() != null ? c.startDate() : c.plannedStart();
        if (start != null && !start.isBefore(earliest)) {
            return item(Rule.E5, MET, earliest, "met", course);
        }
        return item(Rule.E5, c.active() ? OVERDUE : DUE, earliest, "tooEarly", course);
    }

    /** E6 (§3 stk. 2): for an inmate the course continues after release, or a justification says why not. */
    private static ComplianceItem e6(CourseFacts c, String course) {
        if ("RELEASE".equals(c.continuationToConfirm())) {
            return item(Rule.E6, DUE, c.continuationRaisedOn(), "confirmContinuation", course);
        }
        if (!"INMATE".equals(c.custodyStatus())) {
            return item(Rule.E6, NOT_APPLICABLE, null, "na", null);
        }
        if (Boolean.TRUE.equals(c.continuesAfterRelease())
                || (Boolean.FALSE.equals(c.continuesAfterRelease()) && c.hasNoContinuationReason())) {
            return item(Rule.E6, MET, null, "met", course);
        }
        return item(Rule.E6, c.active() ? OVERDUE : DUE, null, "noContinuationDecision", course);
    }

    private static ComplianceItem planRule(Rule rule, boolean met, CourseFacts c, String fix) {
        if (met) {
            return item(rule, MET, null, "met", fix);
        }
        return item(rule, c.active() ? OVERDUE : DUE, null, rule == Rule.C4 ? "noNeed" : "noTaskDivision", fix);
    }

    /** C5 (§12): the kick-off is due within {@code kickOffWithin} of the start; overdue the day after. */
    private ComplianceItem c5(CourseFacts c, LocalDate today, String course) {
        if (!c.active() || c.startDate() == null) {
            return item(Rule.C5, NOT_APPLICABLE, null, "na", null);
        }
        Optional<LocalDate> held = c.meetings().stream().filter(m -> "KICK_OFF".equals(m.kind()))
                .map(MeetingFact::heldOn).findFirst();
        if (held.isPresent()) {
            return item(Rule.C5, MET, held.get(), "held", course);
        }
        LocalDate due = c.startDate().plus(settings.course().kickOffWithin());
        return item(Rule.C5, due.isBefore(today) ? OVERDUE : DUE, due, "kickOffDue", course + "/opstartsmoede");
    }

    /** C8 (§13 stk. 3): the next review {@code reviewInterval} after the latest meeting; overdue the day after. */
    private ComplianceItem c8(CourseFacts c, LocalDate today, String course) {
        Optional<LocalDate> latest = latestMeeting(c);
        if (!c.active() || latest.isEmpty()) {
            return item(Rule.C8, NOT_APPLICABLE, null, "na", null);
        }
        LocalDate due = latest.get().plus(settings.course().reviewInterval());
        return item(Rule.C8, due.isBefore(today) ? OVERDUE : DUE, due, "reviewDue", course + "/opfoelgning");
    }

    /** S1 (§17 stk. 1 nr. 1): each month from the start month needs a report; overdue after the grace days. */
    private ComplianceItem s1(CourseFacts c, LocalDate today, String reports) {
        if (!c.active() || c.startDate() == null || c.startDate().isAfter(today)) {
            return item(Rule.S1, NOT_APPLICABLE, null, "na", null);
        }
        LocalDate firstOverdue = null;
        LocalDate firstDue = null;
        for (YearMonth m = YearMonth.from(c.startDate()); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            LocalDate key = m.atDay(1);
            boolean fulfilled = c.reports().stream()
                    .anyMatch(r -> "MONTHLY".equals(r.kind()) && key.equals(r.periodStart()) && r.fulfils());
            if (fulfilled) {
                continue;
            }
            LocalDate dueOn = m.atEndOfMonth().plusDays(settings.reports().graceDays());
            if (today.isAfter(dueOn)) {
                firstOverdue = firstOverdue == null ? dueOn : firstOverdue;
            } else {
                firstDue = firstDue == null ? dueOn : firstDue;
            }
        }
        if (firstOverdue != null) {
            return item(Rule.S1, OVERDUE, firstOverdue, "monthMissing", reports);
        }
        return firstDue != null ? item(Rule.S1, DUE, firstDue, "monthDue", reports) : item(Rule.S1, MET, null, "met", reports);
    }

    /** S3 (§17 stk. 1 nr. 2): a quarterly report since the latest meeting, due with the next review. */
    private ComplianceItem s3(CourseFacts c, LocalDate today, String reports) {
        Optional<LocalDate> latest = latestMeeting(c);
        if (!c.active() || latest.isEmpty()) {
            return item(Rule.S3, NOT_APPLICABLE, null, "na", null);
        }
        boolean fulfilled = c.reports().stream().anyMatch(r -> "QUARTERLY".equals(r.kind()) && r.fulfils()
                && !r.periodStart().isBefore(latest.get()));
        LocalDate due = latest.get().plus(settings.course().reviewInterval());
        if (fulfilled) {
            return item(Rule.S3, MET, due, "met", reports);
        }
        return item(Rule.S3, today.isAfter(due) ? OVERDUE : DUE, due, "quarterlyDue", reports);
    }

    private static Optional<LocalDate> latestMeeting(CourseFacts c) {
        boolean kickOff = c.meetings().stream().anyMatch(m -> "KICK_OFF".equals(m.kind()));
        return kickOff ? c.meetings().stream().map(MeetingFact::heldOn).max(Comparator.naturalOrder()) : Optional.empty();
    }

    private static ComplianceItem item(Rule rule, ComplianceStatus status, LocalDate dueOn, String reason, String fix) {
        return new ComplianceItem(rule, status, dueOn, "insight.reason." + rule.name() + "." + reason, fix);
    }
}
