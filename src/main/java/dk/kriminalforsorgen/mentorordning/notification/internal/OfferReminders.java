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
 * E9 (news 2019): a client in the target group (E1 and E2 met) shall be offered a mentor. A client whose offer has
 * been due more than {@code offer-wait-days} reminds the caseworker who registered the client (while a caseworker of
 * the client's area) and the area's coordinators, once per client and due date. The client module keeps
 * {@code offer_due} on the client; it records no date for it, so the wait is counted from the later of the latest
 * LS/RNR assessment (E1) and the registration ({@code client_offer_due_card}, V810, published for this).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfferReminders implements Reminder {

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;

    private record Due(long clientId, Long areaId, Long registeredBy, LocalDate since) {
    }

    @Override
    public List<Delivery> due(LocalDate today, Recipients.Directory people) {
        List<Due> due = jdbc.query("""
                select id, area_id, registered_by, offer_due_since from client_offer_due_card
                where offer_due_since < ?
                order by id
                """, (rs, i) -> new Due(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                rs.getDate(4).toLocalDate()), Date.valueOf(today.minusDays(properties.offerWaitDays())));
        List<Delivery> deliveries = new ArrayList<>();
        for (Due d : due) {
            Occasion occasion = new Occasion(NoticeKind.OFFER_MISSING, "client:" + d.clientId() + ":offer:" + d.since(),
                    d.areaId(), null, "/klienter/" + d.clientId() + "/tilbud", DanishFormat.date(d.since()));
            people.registrarAndCoordinators(d.registeredBy(), d.areaId())
                    .forEach(user -> deliveries.add(new Delivery(occasion, user)));
        }
        return deliveries;
    }
}
