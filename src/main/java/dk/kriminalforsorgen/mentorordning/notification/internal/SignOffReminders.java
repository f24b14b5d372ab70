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
 * DOMAIN §9 (report sign-off): a submitted report that the responsible person has not acknowledged more than
 * {@code sign-off-wait-days} after it was delivered reminds the responsible person, once per report. Reads the
 * statusreport module's published {@code status_report_card} (never the text; the submitted reports are a small
 * part of all reports, found through its partial index on submitted reports) and {@code course_card}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignOffReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;

    private record Waiting(long reportId, long courseId, Long areaId, Long responsibleUserId, LocalDate deliveredOn) {
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        List<Waiting> waiting = jdbc.query("""
                select r.id, r.course_id, c.area_id, c.responsible_user_id, r.delivered_on
                from status_report_card r
                join course_card c on c.id = r.course_id
                where r.status = 'SUBMITTED' and r.delivered_on < ?
                order by r.id
                """, (rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
                rs.getDate(5).toLocalDate()), Date.valueOf(today.minusDays(properties.signOffWaitDays())));
        List<Delivery> deliveries = new ArrayList<>();
        for (Waiting w : waiting) {
            Occasion occasion = new Occasion(NoticeKind.REPORT_AWAITING_SIGN_OFF, "report:" + w.reportId(), w.areaId(),
                    w.courseId(), "/forloeb/" + w.courseId() + "/rapporter/" + w.reportId(),
                    DanishFormat.date(w.deliveredOn()));
            people.responsible(w.responsibleUserId()).forEach(user -> deliveries.add(new Delivery(occasion, user)));
        }
        return deliveries;
    }
}
