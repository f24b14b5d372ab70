package dk.kriminalforsorgen.mentorordning.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.meeting.MeetingInvitationIssued;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;

/**
 * Issue 12: a planned meeting's invitation (made, moved, cancelled) goes into the e-mail outbox, one e-mail per
 * address with the iCalendar text as its calendar part. After the planner's commit, kept by the event publication
 * registry until done; the outbox's key (plan, sequence, method, address) makes a redelivered event queue nothing twice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeetingInvitationListener {

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(MeetingInvitationIssued event) {
        for (String address : event.addresses()) {
            notifications.queueCalendarMail(event.mailKey(address), address, event.subject(), event.text(),
                    event.calendar());
        }
    }
}
