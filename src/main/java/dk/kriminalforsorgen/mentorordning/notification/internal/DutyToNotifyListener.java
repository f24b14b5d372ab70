package dk.kriminalforsorgen.mentorordning.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.statusreport.DutyToNotifyRaised;

/**
 * S4 (§8 stk. 2): a duty-to-notify report reaches the course's responsible person and the area's coordinators at
 * once. The status-report module publishes {@link DutyToNotifyRaised} in the transaction that submits the report;
 * the event publication registry ({@code event_publication}) keeps it until the notices are saved here, in a
 * transaction of their own, and republishes it after a restart; the occasion (the report) makes a redelivery
 * create nothing twice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DutyToNotifyListener {

    private final Notifications notifications;
    private final Recipients recipients;

    @ApplicationModuleListener
    void on(DutyToNotifyRaised event) {
        notifications.notify(
                new Occasion(NoticeKind.DUTY_TO_NOTIFY, "report:" + event.reportId(), event.areaId(), event.courseId(),
                        "/forloeb/" + event.courseId() + "/rapporter/" + event.reportId(), null),
                recipients.responsibleAndCoordinators(event.responsibleUserId(), event.areaId()));
    }
}
