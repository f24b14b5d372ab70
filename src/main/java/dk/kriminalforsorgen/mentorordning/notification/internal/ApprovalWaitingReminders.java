package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * M8 (§7 stk. 2): a flagged mentor's case still undecided more than {@code directorate-wait-days} after it reached
 * the directorate reminds the directorate's users, once per case. Reads the approval module's published
 * {@code approval_case_card} (dates and decision only, never the justification, AZ3).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalWaitingReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;

    private record Waiting(long caseId, Long areaId, LocalDate flaggedOn) {
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        List<Waiting> waiting = jdbc.query("""
                select id, area_id, flagged_on from approval_case_card
                where decision is null and flagged_on < ?
                order by id
                """, (rs, i) -> new Waiting(rs.getLong(1), (Long) rs.getObject(2), rs.getDate(3).toLocalDate()),
                Date.valueOf(today.minusDays(properties.directorateWaitDays())));
        List<Delivery> deliveries = new ArrayList<>();
        for (Waiting w : waiting) {
            Occasion occasion = new Occasion(NoticeKind.APPROVAL_WAITING, "approval-case:" + w.caseId(), w.areaId(), null,
                    "/godkendelser/" + w.caseId(), DanishFormat.date(w.flaggedOn()));
            people.directorate().forEach(user -> deliveries.add(new Delivery(occasion, user)));
        }
        return deliveries;
    }
}
