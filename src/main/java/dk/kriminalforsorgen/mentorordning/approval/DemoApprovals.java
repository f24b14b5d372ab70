package dk.kriminalforsorgen.mentorordning.approval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Demo approval cases (profile {@code demo}) for the demo mentors flagged to the directorate (M8): the
 * open case of Hanne Rasmussen and the approved case of Ole Madsen. Idempotent.
 */
@Component
@Profile("demo")
@Order(31)
@RequiredArgsConstructor
class DemoApprovals implements ApplicationRunner {

    private final ApprovalCaseRepository cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = Instant.now(clock);
        caseFor("Hanne", "Rasmussen", "Forholdet er mere end 15 år gammelt. Kandidaten har i ti år arbejdet frivilligt "
                + "med unge i Valby og er anbefalet af to referencer.", now.minus(Duration.ofDays(6)), null, null);
        caseFor("Ole", "Madsen", "Forholdet er over 25 år gammelt; kandidaten er uddannet misbrugsbehandler.",
                now.minus(Duration.ofDays(110)), "Forholdets alder og kandidatens uddannelse taler for godkendelse.",
                now.minus(Duration.ofDays(100)));
    }

    private void caseFor(String first, String last, String justification, Instant flaggedAt, String decisionReason,
                         Instant decidedAt) {
        List<long[]> rows = jdbc.query("""
                select m.id, m.home_area_id from mentor_card m
                where m.first_name = ? and m.last_name = ? and m.status in ('AWAITING_DIRECTORATE', 'APPROVED')
                  and not exists (select 1 from approval_case c where c.mentor_id = m.id)
                """, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, first, last);
        for (long[] row : rows) {
            ApprovalCase approvalCase = new ApprovalCase(row[0], row[1], justification, "tovholder", flaggedAt);
            if (decisionReason != null) {
                approvalCase.decide(ApprovalDecision.APPROVED, decisionReason, "direktorat", decidedAt);
            }
            cases.save(approvalCase);
        }
    }
}
