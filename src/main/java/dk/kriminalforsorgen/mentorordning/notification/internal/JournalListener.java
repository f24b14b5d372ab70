package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.MentorMessageSent;
import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;

/**
 * Issue 17: a mentor's help request, problem report or wish to end the course (the journal module's
 * {@link MentorMessageSent}) reaches the course's responsible person (C7); a course without one (disabled, say)
 * reaches the area's coordinators instead, never another area's. Like {@link DutyToNotifyListener}: after the
 * publisher's commit, kept by the event publication registry until done, once per journal entry. The notice says
 * what kind of message it is and links to the journal; the mentor's text stays there.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JournalListener {

    private final Notifications notifications;
    private final Recipients recipients;

    @ApplicationModuleListener
    void on(MentorMessageSent event) {
        NoticeKind kind = event.kind() == JournalKind.END_REQUEST ? NoticeKind.MENTOR_END_REQUEST : NoticeKind.MENTOR_HELP_REQUEST;
        String detail = kind == NoticeKind.MENTOR_HELP_REQUEST ? "notice.MENTOR_HELP_REQUEST." + event.kind().name() : null;
        List<Long> to = recipients.responsible(event.responsibleUserId());
        if (to.isEmpty()) {
            to = recipients.coordinators(event.areaId());
        }
        notifications.notify(new Occasion(kind, "journal-entry:" + event.entryId(), event.areaId(), event.courseId(),
                "/forloeb/" + event.courseId() + "/journal#notat-" + event.entryId(), detail), to);
    }
}
