package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;
import dk.kriminalforsorgen.mentorordning.notification.Notifications.Occasion;
import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * The shape the C5 kick-off and the C8 review reminders share: a meeting due within some days or today tells the
 * responsible person; overdue (the day after its due day) also the area's coordinators. The occasion is the course,
 * the meeting and its due date, so a repeated run makes no second notice and a new due date makes a new one.
 */
final class DueMeetingNotices {

    private DueMeetingNotices() {
    }

    /** A meeting of an active course that falls due: the course, its area and responsible person, the due day. */
    record DueMeeting(long courseId, Long areaId, Long responsibleUserId, LocalDate dueOn) {
    }

    /** The three kinds of notice of one meeting (due soon, due today, overdue) and its name in the occasion. */
    record Kinds(NoticeKind soon, NoticeKind today, NoticeKind overdue, String occasionName) {
    }

    /** The notices of each due meeting. */
    static List<Delivery> deliveries(List<DueMeeting> due, LocalDate today, Kinds kinds, Recipients.Directory people) {
        List<Delivery> deliveries = new ArrayList<>();
        for (DueMeeting meeting : due) {
            NoticeKind kind = meeting.dueOn().isBefore(today) ? kinds.overdue()
                    : meeting.dueOn().isEqual(today) ? kinds.today() : kinds.soon();
            List<Long> to = kind == kinds.overdue()
                    ? people.responsibleAndCoordinators(meeting.responsibleUserId(), meeting.areaId())
                    : people.responsible(meeting.responsibleUserId());
            Occasion occasion = new Occasion(kind,
                    "course:" + meeting.courseId() + ":" + kinds.occasionName() + ":" + meeting.dueOn(),
                    meeting.areaId(), meeting.courseId(), "/forloeb/" + meeting.courseId(),
                    DanishFormat.date(meeting.dueOn()));
            to.forEach(user -> deliveries.add(new Delivery(occasion, user)));
        }
        return deliveries;
    }
}
